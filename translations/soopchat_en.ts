<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChannelBar</name>
    <message>
        <source>Streamer id or SOOP address, e.g. gosegu2 or play.sooplive.co.kr/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch this channel&apos;s chat in a new tab (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelInput</name>
    <message>
        <source>Enter a streamer id or a SOOP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a streamer id: ids have only letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SOOP address. Enter a streamer id, or an address on sooplive.com, sooplive.co.kr or afreecatv.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VOD address has no VOD number in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has no streamer id in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a channel address: use a play., ch. or vod. address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelTab</name>
    <message>
        <source>Recording goes on in a new file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <source>%1 (%2): click for the user card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed packet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatEventText</name>
    <message numerus="yes">
        <source>sent %Ln star balloon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln ad balloon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln video balloon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln VOD balloon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln station ad balloon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>subscribed for %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>gifted a subscription to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined the fan club as member #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected; some messages may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat unfrozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was muted for %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was kicked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) joined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s badges changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top fan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Subscriber, %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatSearchBar</name>
    <message>
        <source>Search: words, from:nickname, type:balloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show balloons and other donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show subscriptions, renewals and gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter/leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show viewers entering and leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notices, freezes, mutes and other system messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the time of each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the chat (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show user card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Looking up %1 on SOOP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the chat server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reconnecting now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not live right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoopChat joins by itself when the next broadcast starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That password is wrong. Enter the broadcast&apos;s password to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast has a password. Enter it to join the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast needs an adult-verified SOOP account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast is for plus subscribers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast is for adults (19+) or for subscribers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP lets only logged-in viewers into its chat, and SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP is under maintenance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no SOOP channel “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveInfoResolver</name>
    <message>
        <source>Cannot reach SOOP (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SOOP streamer with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP does not know the VOD %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP sent an answer SoopChat does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP refused the broadcast (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP says the broadcast is live but gave no chat server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — SoopChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoopChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Overlay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of this channel&apos;s overlay, for an OBS browser source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SoopChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: simulated broadcasts on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlay server is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay address copied. In OBS add a Browser source, paste it as the URL and make it 400×600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SoopChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoopChat %1

A native chat viewer for SOOP live streams: live chat with badges, balloons and subscriptions, statistics, recording and an OBS overlay. It joins as a guest, exactly as SOOP&apos;s web player does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>Cannot serve the overlay on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionChart</name>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Per %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Star balloons, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star balloon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWriterWorker</name>
    <message>
        <source>Recording continues in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n event(s) are kept in memory and saved as soon as writing works again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be saved to %1 and were dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Show the time of each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every channel I watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow other computers on my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older messages leave the list when it is full; recordings keep everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only this computer (and OBS on it) can load the overlay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Overlay Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes every overlay address given out so far stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New overlay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay addresses already in OBS will stop working, and you will need to copy the new one. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages kept per channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port and network changes apply at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoopClient</name>
    <message>
        <source>Timed out connecting to the chat server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat server did not answer the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast has a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat server closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP refused the login: %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for this broadcast is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOOP refused to join the chat: %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>%1 star balloons in %2 gifts from %3 donors
Video balloons: %4
VOD balloons: %5 (given to replays, not counted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chat: %1
Station ad balloons: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1
Renewals: %2
Gifts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Star balloons: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad balloons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video balloons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOD balloons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star balloons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad balloons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different users who chatted in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balloons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star balloons over the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages over the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No star balloons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The recording database %1 is damaged or is not a SoopChat database. It is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording database %1 is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording database %1 cannot be written (the file or its folder is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; new events cannot be saved until space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the recording database %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording database %1 was written by a newer version of SoopChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recording database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCardDialog</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balloons given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only their messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Watch a SOOP chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a streamer id (such as gosegu2) or paste a play., ch. or vod. address of sooplive.com, sooplive.co.kr or afreecatv.com into the bar above, then press Enter. Open several channels and each gets its own tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCloud</name>
    <message numerus="yes">
        <source>“%1”: about %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
