# cmake -DIN=template -DOUT=file -DSCREENSHOT_URL=https://... -P Metainfo.cmake
# The installed AppStream data from its template: the screenshots' images at
# SCREENSHOT_URL, or no screenshots block when there is no address (AppStream
# takes only web addresses for images).
cmake_minimum_required(VERSION 3.25)
file(READ "${IN}" text)
if(SCREENSHOT_URL STREQUAL "")
    string(REGEX REPLACE "[ ]*<!-- screenshots -->.*<!-- /screenshots -->\n" "" text "${text}")
else()
    if(NOT SCREENSHOT_URL MATCHES "^https?://")
        message(FATAL_ERROR "SOOPCHAT_SCREENSHOT_URL must be a web address, not \"${SCREENSHOT_URL}\"")
    endif()
    string(REGEX REPLACE "/+$" "" SCREENSHOT_URL "${SCREENSHOT_URL}")
    string(REPLACE "@SCREENSHOT_URL@" "${SCREENSHOT_URL}" text "${text}")
endif()
file(WRITE "${OUT}" "${text}")
