# SOOPCHAT_SANITIZE instruments the whole build (not only our targets) so that
# the ABI of std:: containers is the same on both sides of every call.
if(SOOPCHAT_SANITIZE)
    set(_soopchat_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${_soopchat_san})
    add_link_options(-fsanitize=address,undefined)
endif()

# Flags for libFuzzer targets; the fuzz harness links with -fsanitize=fuzzer,
# everything else it uses only gets the coverage instrumentation.
if(SOOPCHAT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SOOPCHAT_FUZZ needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
