<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertPreview</name>
    <message>
        <source>The viewer&apos;s nickname</source>
        <translation>The viewer&apos;s nickname</translation>
    </message>
    <message>
        <source>How many (balloons, cheese, months)</source>
        <translation>How many (balloons, cheese, months)</translation>
    </message>
    <message>
        <source>What was given, e.g. star balloons</source>
        <translation>What was given, e.g. star balloons</translation>
    </message>
    <message>
        <source>What the viewer wrote</source>
        <translation>What the viewer wrote</translation>
    </message>
    <message>
        <source>The channel&apos;s name</source>
        <translation>The channel&apos;s name</translation>
    </message>
    <message>
        <source>Subscription months</source>
        <translation>Subscription months</translation>
    </message>
    <message>
        <source>SweetBear</source>
        <translation>SweetBear</translation>
    </message>
    <message>
        <source>Evening Radio</source>
        <translation>Evening Radio</translation>
    </message>
    <message>
        <source>Congratulations on the broadcast!</source>
        <translation>Congratulations on the broadcast!</translation>
    </message>
    <message>
        <source>ad balloons</source>
        <translation>ad balloons</translation>
    </message>
    <message>
        <source>video balloons</source>
        <translation>video balloons</translation>
    </message>
    <message>
        <source>cheese</source>
        <translation>cheese</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>subscription</translation>
    </message>
    <message>
        <source>subscription gift</source>
        <translation>subscription gift</translation>
    </message>
    <message>
        <source>Hello everyone!</source>
        <translation>Hello everyone!</translation>
    </message>
    <message>
        <source>star balloons</source>
        <translation>star balloons</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1 entered</translation>
    </message>
    <message>
        <source>%1 is live</source>
        <translation>%1 is live</translation>
    </message>
    <message>
        <source>%1 ended the broadcast</source>
        <translation>%1 ended the broadcast</translation>
    </message>
</context>
<context>
    <name>ChatEventText</name>
    <message>
        <source>joined the fan club as member #%1</source>
        <translation>joined the fan club as member #%1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Admin notice</source>
        <translation>Admin notice</translation>
    </message>
    <message>
        <source>whisper</source>
        <translation>whisper</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>managers</translation>
    </message>
    <message>
        <source>sticker</source>
        <translation>sticker</translation>
    </message>
    <message>
        <source>Disconnected; some messages may be missing</source>
        <translation>Disconnected; some messages may be missing</translation>
    </message>
    <message>
        <source>Disconnected %1–%2</source>
        <translation>Disconnected %1–%2</translation>
    </message>
    <message>
        <source>Chat frozen</source>
        <translation>Chat frozen</translation>
    </message>
    <message>
        <source>Chat unfrozen</source>
        <translation>Chat unfrozen</translation>
    </message>
    <message>
        <source>Slow mode off</source>
        <translation>Slow mode off</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s)</source>
        <translation>
            <numerusform>Slow mode: one message every %n second</numerusform>
            <numerusform>Slow mode: one message every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was muted for %n second(s)</source>
        <translation>
            <numerusform>%1 was muted for %n second</numerusform>
            <numerusform>%1 was muted for %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was kicked out</source>
        <translation>%1 was kicked out</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 joined</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) joined</source>
        <translation>
            <numerusform>%1 and %n other joined</numerusform>
            <numerusform>%1 and %n others joined</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a manager</source>
        <translation>%1 is now a manager</translation>
    </message>
    <message>
        <source>%1 is no longer a manager</source>
        <translation>%1 is no longer a manager</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 is now known as %2</translation>
    </message>
    <message>
        <source>%1&apos;s badges changed</source>
        <translation>%1&apos;s badges changed</translation>
    </message>
    <message>
        <source>The broadcast has ended</source>
        <translation>The broadcast has ended</translation>
    </message>
    <message>
        <source>Poll updated</source>
        <translation>Poll updated</translation>
    </message>
    <message>
        <source>Mission updated</source>
        <translation>Mission updated</translation>
    </message>
    <message>
        <source>Broadcast status changed</source>
        <translation>Broadcast status changed</translation>
    </message>
    <message>
        <source>A message could not be read</source>
        <translation>A message could not be read</translation>
    </message>
    <message>
        <source>Disconnected briefly at %1</source>
        <translation>Disconnected briefly at %1</translation>
    </message>
    <message numerus="yes">
        <source>viewers who gave %n+ balloons</source>
        <translation>
            <numerusform>viewers who gave %n+ balloon</numerusform>
            <numerusform>viewers who gave %n+ balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>subscribers of %n+ months</source>
        <translation>
            <numerusform>subscribers of %n+ month</numerusform>
            <numerusform>subscribers of %n+ months</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat frozen: only %1 can chat</source>
        <translation>Chat frozen: only %1 can chat</translation>
    </message>
    <message>
        <source>A new broadcast began: %1 (the statistics start again)</source>
        <translation>A new broadcast began: %1 (the statistics start again)</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Open a channel or a recorded session first.</source>
        <translation>Open a channel or a recorded session first.</translation>
    </message>
    <message>
        <source>Recording is off, so this tab has nothing to export. Turn it on in Settings.</source>
        <translation>Recording is off, so this tab has nothing to export. Turn it on in Settings.</translation>
    </message>
    <message>
        <source>Nothing has been recorded in this tab yet: recording starts when the broadcast does.</source>
        <translation>Nothing has been recorded in this tab yet: recording starts when the broadcast does.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Enter/leave</source>
        <translation>Enter/leave</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>no category</translation>
    </message>
</context>
<context>
    <name>RecordingFiles</name>
    <message>
        <source>%1 (damaged: only read, never written)</source>
        <translation>%1 (damaged: only read, never written)</translation>
    </message>
    <message>
        <source>%1 (recorded while the main file could not be written)</source>
        <translation>%1 (recorded while the main file could not be written)</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The recording database %1 is damaged or is not a SoopChat database. It is left untouched.</source>
        <translation>The recording database %1 is damaged or is not a SoopChat database. It is left untouched.</translation>
    </message>
    <message>
        <source>The recording database %1 is locked by another program.</source>
        <translation>The recording database %1 is locked by another program.</translation>
    </message>
    <message>
        <source>The recording database %1 cannot be written (the file or its folder is read-only).</source>
        <translation>The recording database %1 cannot be written (the file or its folder is read-only).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; new events cannot be saved until space is freed.</source>
        <translation>The disk holding %1 is full; new events cannot be saved until space is freed.</translation>
    </message>
    <message>
        <source>Reading or writing the recording database %1 failed.</source>
        <translation>Reading or writing the recording database %1 failed.</translation>
    </message>
    <message>
        <source>The recording database %1 was written by a newer version of SoopChat.</source>
        <translation>The recording database %1 was written by a newer version of SoopChat.</translation>
    </message>
    <message>
        <source>There is no recording database at %1.</source>
        <translation>There is no recording database at %1.</translation>
    </message>
</context>
<context>
    <name>TotalsText</name>
    <message>
        <source>%1 (%2 star, %3 video)</source>
        <translation>%1 (%2 star, %3 video)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s)</source>
        <translation>
            <numerusform>%Ln balloon</numerusform>
            <numerusform>%Ln balloons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 from %3</source>
        <translation>%1 in %2 from %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln donor</numerusform>
            <numerusform>%Ln donors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s) given to replays (VOD), not counted in the balloons</source>
        <translation>
            <numerusform>%Ln balloon given to replays (VOD), not counted in the balloons</numerusform>
            <numerusform>%Ln balloons given to replays (VOD), not counted in the balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad balloon(s)</source>
        <translation>
            <numerusform>%Ln ad balloon</numerusform>
            <numerusform>%Ln ad balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s) given to replays (VOD)</source>
        <translation>
            <numerusform>%Ln balloon given to replays (VOD)</numerusform>
            <numerusform>%Ln balloons given to replays (VOD)</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 won</source>
        <translation>≈ %1 won</translation>
    </message>
    <message>
        <source>What viewers paid for the star balloons: %1 won each, VAT included. Streamers receive less, by their grade.</source>
        <translation>What viewers paid for the star balloons: %1 won each, VAT included. Streamers receive less, by their grade.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video balloon(s) not included: SOOP publishes no price for them.</source>
        <translation>
            <numerusform>%Ln video balloon not included: SOOP publishes no price for them.</numerusform>
            <numerusform>%Ln video balloons not included: SOOP publishes no price for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cheese</source>
        <translation>%1 cheese</translation>
    </message>
    <message>
        <source>%1 counted at %2 won each, so balloons and cheese are added in the same won.</source>
        <translation>%1 counted at %2 won each, so balloons and cheese are added in the same won.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertActionCard</name>
    <message>
        <source>Desktop notification</source>
        <translation>Desktop notification</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Discord post</source>
        <translation>Discord post</translation>
    </message>
    <message>
        <source>Telegram message</source>
        <translation>Telegram message</translation>
    </message>
    <message>
        <source>Alert box on stream</source>
        <translation>Alert box on stream</translation>
    </message>
    <message>
        <source>Empty: the viewer&apos;s message is read</source>
        <translation>Empty: the viewer&apos;s message is read</translation>
    </message>
    <message>
        <source>Empty: the usual wording</source>
        <translation>Empty: the usual wording</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <source>The text filled in for a made-up event</source>
        <translation>The text filled in for a made-up event</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>Bot:</translation>
    </message>
    <message>
        <source>A sound file (WAV, MP3, OGG)</source>
        <translation>A sound file (WAV, MP3, OGG)</translation>
    </message>
    <message>
        <source>Optional: a sound file</source>
        <translation>Optional: a sound file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Sound file:</source>
        <translation>Sound file:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Remove Action</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>None yet: add one under Targets</source>
        <translation>None yet: add one under Targets</translation>
    </message>
    <message>
        <source>Choose a sound</source>
        <translation>Choose a sound</translation>
    </message>
    <message>
        <source>Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)</source>
        <translation>Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertBoxRunner</name>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>it is larger than %1</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>it cannot be read: %1</translation>
    </message>
    <message>
        <source>it is not an image (PNG, GIF, JPEG, WebP or SVG)</source>
        <translation>it is not an image (PNG, GIF, JPEG, WebP or SVG)</translation>
    </message>
    <message>
        <source>it is not a sound (MP3, OGG, WAV, FLAC, M4A or WebM)</source>
        <translation>it is not a sound (MP3, OGG, WAV, FLAC, M4A or WebM)</translation>
    </message>
    <message>
        <source>the alerts name too many files</source>
        <translation>the alerts name too many files</translation>
    </message>
    <message>
        <source>Alert box: %1 is not used (%2); %3</source>
        <translation>Alert box: %1 is not used (%2); %3</translation>
    </message>
    <message>
        <source>the built-in image shows instead</source>
        <translation>the built-in image shows instead</translation>
    </message>
    <message>
        <source>no sound plays instead</source>
        <translation>no sound plays instead</translation>
    </message>
    <message>
        <source>the tier&apos;s sound plays instead</source>
        <translation>the tier&apos;s sound plays instead</translation>
    </message>
    <message>
        <source>The browser-source overlay is off, so there is no alert box to show it in.</source>
        <translation>The browser-source overlay is off, so there is no alert box to show it in.</translation>
    </message>
    <message>
        <source>“%1” is not a channel id an alert box can have.</source>
        <translation>“%1” is not a channel id an alert box can have.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) ahead in the alert box</source>
        <translation>
            <numerusform>%n alert ahead in the alert box</numerusform>
            <numerusform>%n alerts ahead in the alert box</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert box page of %1 reported showing it (is the browser source hidden or stuck?).</source>
        <translation>No alert box page of %1 reported showing it (is the browser source hidden or stuck?).</translation>
    </message>
    <message>
        <source>No alert box page is open for %1: add its URL to OBS as a browser source.</source>
        <translation>No alert box page is open for %1: add its URL to OBS as a browser source.</translation>
    </message>
    <message>
        <source>The alert box of %1 already has too many alerts waiting.</source>
        <translation>The alert box of %1 already has too many alerts waiting.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Test alert: %1 %2</source>
        <translation>Test alert: %1 %2</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertBoxTiersEditor</name>
    <message>
        <source>Small gifts</source>
        <translation>Small gifts</translation>
    </message>
    <message>
        <source>Medium gifts</source>
        <translation>Medium gifts</translation>
    </message>
    <message>
        <source>Large gifts</source>
        <translation>Large gifts</translation>
    </message>
    <message>
        <source>Huge gifts</source>
        <translation>Huge gifts</translation>
    </message>
    <message>
        <source>from %1 star balloons</source>
        <translation>from %1 star balloons</translation>
    </message>
    <message>
        <source>Empty: the built-in image</source>
        <translation>Empty: the built-in image</translation>
    </message>
    <message>
        <source>Empty: no sound</source>
        <translation>Empty: no sound</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Images (*.png *.gif *.webp *.svg *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.gif *.webp *.svg *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a sound</source>
        <translation>Choose a sound</translation>
    </message>
    <message>
        <source>Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)</source>
        <translation>Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Sound:</translation>
    </message>
    <message>
        <source>Shown for:</source>
        <translation>Shown for:</translation>
    </message>
    <message>
        <source>The on-stream alert box (/alerts/CHANNEL in OBS) shows these by the size of the gift, for rules with an &quot;Alert box on stream&quot; action.</source>
        <translation>The on-stream alert box (/alerts/CHANNEL in OBS) shows these by the size of the gift, for rules with an &quot;Alert box on stream&quot; action.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertConfigFile</name>
    <message>
        <source>Rule “%1”: unknown action “%2” left out.</source>
        <translation>Rule “%1”: unknown action “%2” left out.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>Rule “%1”: unknown event kind “%2” left out.</source>
        <translation>Rule “%1”: unknown event kind “%2” left out.</translation>
    </message>
    <message>
        <source>Rule “%1”: unknown role “%2” left out.</source>
        <translation>Rule “%1”: unknown role “%2” left out.</translation>
    </message>
    <message>
        <source>The alerts file is not valid JSON (%1 at byte %2).</source>
        <translation>The alerts file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The alerts file does not hold a JSON object.</source>
        <translation>The alerts file does not hold a JSON object.</translation>
    </message>
    <message>
        <source>The alerts file was written by a newer SoopChat; what this version knows is read.</source>
        <translation>The alerts file was written by a newer SoopChat; what this version knows is read.</translation>
    </message>
    <message>
        <source>A target without a known kind or an id was left out.</source>
        <translation>A target without a known kind or an id was left out.</translation>
    </message>
    <message>
        <source>Alert box: unknown tier “%1” left out.</source>
        <translation>Alert box: unknown tier “%1” left out.</translation>
    </message>
    <message>
        <source>The alerts file %1 is larger than 4 MiB and was not read.</source>
        <translation>The alerts file %1 is larger than 4 MiB and was not read.</translation>
    </message>
    <message>
        <source>The alerts file %1 cannot be read: %2</source>
        <translation>The alerts file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>The alerts file %1 cannot be made.</source>
        <translation>The alerts file %1 cannot be made.</translation>
    </message>
    <message>
        <source>The alerts file %1 cannot be written: %2</source>
        <translation>The alerts file %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertEngine</name>
    <message>
        <source>Rule “%1”: the regular expression “%2” is not valid (%3 at %4); the rule matches nothing.</source>
        <translation>Rule “%1”: the regular expression “%2” is not valid (%3 at %4); the rule matches nothing.</translation>
    </message>
    <message>
        <source>This program cannot run “%1” actions.</source>
        <translation>This program cannot run “%1” actions.</translation>
    </message>
    <message>
        <source>Test viewer</source>
        <translation>Test viewer</translation>
    </message>
    <message>
        <source>This is a test alert.</source>
        <translation>This is a test alert.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertFallbackNotice</name>
    <message numerus="yes">
        <source>…and %n more (all of them are in the Alert History).</source>
        <translation>
            <numerusform>…and %n more (all of them are in the Alert History).</numerusform>
            <numerusform>…and %n more (all of them are in the Alert History).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::AlertHistoryModel</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sent (attempt %1)</source>
        <translation>Sent (attempt %1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Retrying now</translation>
    </message>
    <message>
        <source>Retrying in %1 s</source>
        <translation>Retrying in %1 s</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Whole alert</source>
        <translation>Whole alert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertHistoryView</name>
    <message>
        <source>No alerts yet. When a rule fires, what became of each action shows here.</source>
        <translation>No alerts yet. When a rule fires, what became of each action shows here.</translation>
    </message>
    <message>
        <source>Copy Reason</source>
        <translation>Copy Reason</translation>
    </message>
    <message>
        <source>Copies why the selected alert failed or was skipped</source>
        <translation>Copies why the selected alert failed or was skipped</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertRuleEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Star balloons</source>
        <translation>Star balloons</translation>
    </message>
    <message>
        <source>Ad balloons</source>
        <translation>Ad balloons</translation>
    </message>
    <message>
        <source>Video balloons</source>
        <translation>Video balloons</translation>
    </message>
    <message>
        <source>Cheese (CHZZK)</source>
        <translation>Cheese (CHZZK)</translation>
    </message>
    <message>
        <source>Subscriptions and renewals</source>
        <translation>Subscriptions and renewals</translation>
    </message>
    <message>
        <source>Gifted subscriptions</source>
        <translation>Gifted subscriptions</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Viewers entering</source>
        <translation>Viewers entering</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chat messages</translation>
    </message>
    <message>
        <source>Moderation (mutes, freezes)</source>
        <translation>Moderation (mutes, freezes)</translation>
    </message>
    <message>
        <source>Broadcast start and end</source>
        <translation>Broadcast start and end</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>e.g. Big star balloons</source>
        <translation>e.g. Big star balloons</translation>
    </message>
    <message>
        <source>None checked: every kind of event.</source>
        <translation>None checked: every kind of event.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Donations count in their unit (balloons, cheese), subscriptions in months.</source>
        <translation>Donations count in their unit (balloons, cheese), subscriptions in months.</translation>
    </message>
    <message>
        <source>Ids or nicknames, separated by commas (empty: anyone)</source>
        <translation>Ids or nicknames, separated by commas (empty: anyone)</translation>
    </message>
    <message>
        <source>Any of the checked roles; none checked: anyone.</source>
        <translation>Any of the checked roles; none checked: anyone.</translation>
    </message>
    <message>
        <source>Words in the message (empty: any)</source>
        <translation>Words in the message (empty: any)</translation>
    </message>
    <message>
        <source>Channel ids, separated by commas (empty: every channel)</source>
        <translation>Channel ids, separated by commas (empty: every channel)</translation>
    </message>
    <message>
        <source>same viewer:</source>
        <translation>same viewer:</translation>
    </message>
    <message>
        <source>After firing, the rule waits this long (and this long for the same viewer).</source>
        <translation>After firing, the rule waits this long (and this long for the same viewer).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Events:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Users:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>Cool-down:</source>
        <translation>Cool-down:</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Add Action</translation>
    </message>
    <message>
        <source>Test This Rule</source>
        <translation>Test This Rule</translation>
    </message>
    <message>
        <source>Runs every action with a made-up event, ignoring the conditions and cool-downs.</source>
        <translation>Runs every action with a made-up event, ignoring the conditions and cool-downs.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The regular expression is invalid at character %2: %1</source>
        <translation>The regular expression is invalid at character %2: %1</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>at least </translation>
    </message>
    <message>
        <source> won</source>
        <translation> won</translation>
    </message>
    <message>
        <source>Donations worth at least this much in won (a star balloon is %1 won, a cheese %2 won). A gift without a price in won never matches.</source>
        <translation>Donations worth at least this much in won (a star balloon is %1 won, a cheese %2 won). A gift without a price in won never matches.</translation>
    </message>
    <message>
        <source>Worth:</source>
        <translation>Worth:</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertSpeechEditor</name>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual voice</source>
        <translation>Empty: the language&apos;s usual voice</translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right</source>
        <translation>Slower to the left, faster to the right</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>One word or phrase a line</translation>
    </message>
    <message>
        <source>These are never read out: a beep is said instead (any case).</source>
        <translation>These are never read out: a beep is said instead (any case).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voice:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Read at most:</source>
        <translation>Read at most:</translation>
    </message>
    <message>
        <source>Never say:</source>
        <translation>Never say:</translation>
    </message>
    <message>
        <source>Speech is heard only for rules with a &quot;Read aloud&quot; action.</source>
        <translation>Speech is heard only for rules with a &quot;Read aloud&quot; action.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertTargetsEditor</name>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Keep in Keychain</source>
        <translation>Keep in Keychain</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Send a Test</source>
        <translation>Send a Test</translation>
    </message>
    <message>
        <source>e.g. #donations</source>
        <translation>e.g. #donations</translation>
    </message>
    <message>
        <source>e.g. -1001234567890 or @mychannel</source>
        <translation>e.g. -1001234567890 or @mychannel</translation>
    </message>
    <message>
        <source>Sends a test message to this target.</source>
        <translation>Sends a test message to this target.</translation>
    </message>
    <message>
        <source>Add Discord Webhook</source>
        <translation>Add Discord Webhook</translation>
    </message>
    <message>
        <source>Add Telegram Bot</source>
        <translation>Add Telegram Bot</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Webhook addresses and bot tokens are kept only in the system keychain, never in the settings or alerts files.</source>
        <translation>Webhook addresses and bot tokens are kept only in the system keychain, never in the settings or alerts files.</translation>
    </message>
    <message>
        <source>Add a Discord webhook or a Telegram bot, and rules&apos; actions can post there.</source>
        <translation>Add a Discord webhook or a Telegram bot, and rules&apos; actions can post there.</translation>
    </message>
    <message>
        <source>webhook address</source>
        <translation>webhook address</translation>
    </message>
    <message>
        <source>bot token</source>
        <translation>bot token</translation>
    </message>
    <message>
        <source>Discord webhook</source>
        <translation>Discord webhook</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram bot</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Chat id:</source>
        <translation>Chat id:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Bot token:</translation>
    </message>
    <message>
        <source>Webhook address:</source>
        <translation>Webhook address:</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new one to replace it</source>
        <translation>Kept in the keychain; type a new one to replace it</translation>
    </message>
    <message>
        <source>Paste the token from @BotFather</source>
        <translation>Paste the token from @BotFather</translation>
    </message>
    <message>
        <source>Paste the address from Discord&apos;s channel settings</source>
        <translation>Paste the address from Discord&apos;s channel settings</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>Kept in the system keychain.</translation>
    </message>
    <message>
        <source>The keychain refused to keep it (%2). The %1 was not saved anywhere.</source>
        <translation>The keychain refused to keep it (%2). The %1 was not saved anywhere.</translation>
    </message>
    <message>
        <source>No keychain answered, so the %1 was not saved anywhere. SoopChat keeps webhook addresses and bot tokens only in the system keychain (GNOME Keyring, KWallet): start or unlock one, then press the button again.</source>
        <translation>No keychain answered, so the %1 was not saved anywhere. SoopChat keeps webhook addresses and bot tokens only in the system keychain (GNOME Keyring, KWallet): start or unlock one, then press the button again.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertsSettingsPage</name>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Parts of the alerts file %1 could not be read; OK writes back what was read:</source>
        <translation>Parts of the alerts file %1 could not be read; OK writes back what was read:</translation>
    </message>
    <message>
        <source>Unchecked rules are kept but do not fire.</source>
        <translation>Unchecked rules are kept but do not fire.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Add a rule to be alerted to star balloons, subscriptions, a top fan entering…</source>
        <translation>Add a rule to be alerted to star balloons, subscriptions, a top fan entering…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Discord &amp;&amp; Telegram</source>
        <translation>Discord &amp;&amp; Telegram</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Alert Box</source>
        <translation>Alert Box</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(unnamed rule)</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>New rule %1</translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation>Secret not saved</translation>
    </message>
    <message>
        <source>Alerts not saved</source>
        <translation>Alerts not saved</translation>
    </message>
    <message>
        <source>The alerts could not be written to %1: %2</source>
        <translation>The alerts could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>soopchat::AppContext</name>
    <message>
        <source>The overlay address could not be kept in %1, so it works only until SoopChat quits. After the next start, copy it into OBS again.</source>
        <translation>The overlay address could not be kept in %1, so it works only until SoopChat quits. After the next start, copy it into OBS again.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the overlay address (%1). It works only until SoopChat quits: after the next start, copy it into OBS again. To keep it, choose &quot;Keep the overlay address in a file only you can read&quot; in the settings.</source>
        <translation>No keychain is available to keep the overlay address (%1). It works only until SoopChat quits: after the next start, copy it into OBS again. To keep it, choose &quot;Keep the overlay address in a file only you can read&quot; in the settings.</translation>
    </message>
</context>
<context>
    <name>soopchat::AppearanceActions</name>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>Same as the &amp;Desktop</source>
        <translation>Same as the &amp;Desktop</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>D&amp;ark</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Zoom O&amp;ut</translation>
    </message>
    <message>
        <source>Co&amp;mpact Rows</source>
        <translation>Co&amp;mpact Rows</translation>
    </message>
    <message>
        <source>Always on To&amp;p</source>
        <translation>Always on To&amp;p</translation>
    </message>
    <message>
        <source>Window &amp;Opacity</source>
        <translation>Window &amp;Opacity</translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1 %)</source>
        <translation>&amp;Actual Size (now %1 %)</translation>
    </message>
</context>
<context>
    <name>soopchat::AppearancePage</name>
    <message>
        <source>Use the system font</source>
        <translation>Use the system font</translation>
    </message>
    <message>
        <source>Compact rows (less padding, smaller badges)</source>
        <translation>Compact rows (less padding, smaller badges)</translation>
    </message>
    <message>
        <source>Keep the main window above other windows</source>
        <translation>Keep the main window above other windows</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Same as the desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Dark when the desktop uses a dark theme, light otherwise.</source>
        <translation>Dark when the desktop uses a dark theme, light otherwise.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Also Ctrl+wheel and Ctrl+plus/minus over the chat; Ctrl+0 goes back to 100 %.</source>
        <translation>Also Ctrl+wheel and Ctrl+plus/minus over the chat; Ctrl+0 goes back to 100 %.</translation>
    </message>
    <message>
        <source>Lets what is below show through, over a game or the stream. The window manager must support it.</source>
        <translation>Lets what is below show through, over a game or the stream. The window manager must support it.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Chat list</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Font:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacity:</translation>
    </message>
</context>
<context>
    <name>soopchat::Badges</name>
    <message>
        <source>Streamer</source>
        <translation>Streamer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Top fan</source>
        <translation>Top fan</translation>
    </message>
    <message>
        <source>Fan club</source>
        <translation>Fan club</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message numerus="yes">
        <source>Subscriber, %n month(s)</source>
        <translation>
            <numerusform>Subscriber, %n month</numerusform>
            <numerusform>Subscriber, %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::ChannelBar</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Watch this channel&apos;s chat in a new tab (Enter)</source>
        <translation>Watch this channel&apos;s chat in a new tab (Enter)</translation>
    </message>
    <message>
        <source>Streamer id or address (%1)…</source>
        <translation>Streamer id or address (%1)…</translation>
    </message>
</context>
<context>
    <name>soopchat::ChannelTab</name>
    <message>
        <source>Recording goes on in a new file: %1</source>
        <translation>Recording goes on in a new file: %1</translation>
    </message>
    <message>
        <source>Recording stopped at %1: %2</source>
        <translation>Recording stopped at %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recording works again since %1; %n event(s) could not be saved meanwhile (the recording marks the gap).</source>
        <translation>
            <numerusform>Recording works again since %1; %n event could not be saved meanwhile (the recording marks the gap).</numerusform>
            <numerusform>Recording works again since %1; %n events could not be saved meanwhile (the recording marks the gap).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording works again since %1; nothing was lost.</source>
        <translation>Recording works again since %1; nothing was lost.</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatDelegate</name>
    <message>
        <source>%1 (%2): click for the user card</source>
        <translation>%1 (%2): click for the user card</translation>
    </message>
    <message>
        <source>Malformed packet: %1</source>
        <translation>Malformed packet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shortened in the list: %n character(s) in all. Ctrl+C copies the whole message.</source>
        <translation>
            <numerusform>Shortened in the list: %n character in all. Ctrl+C copies the whole message.</numerusform>
            <numerusform>Shortened in the list: %n characters in all. Ctrl+C copies the whole message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>OGQ sticker</source>
        <translation>OGQ sticker</translation>
    </message>
    <message>
        <source>Emoticon %1</source>
        <translation>Emoticon %1</translation>
    </message>
    <message>
        <source>The image could not be loaded: %1</source>
        <translation>The image could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatSearchBar</name>
    <message>
        <source>Search: words, from:nickname, type:balloon</source>
        <translation>Search: words, from:nickname, type:balloon</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Close search (Esc)</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatSources</name>
    <message>
        <source>This is not a channel SoopChat can open.</source>
        <translation>This is not a channel SoopChat can open.</translation>
    </message>
    <message>
        <source>Enter a streamer id or a channel address.</source>
        <translation>Enter a streamer id or a channel address.</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatView</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Show chat messages</source>
        <translation>Show chat messages</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>Show balloons and other donations</source>
        <translation>Show balloons and other donations</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Show subscriptions, renewals and gifts</source>
        <translation>Show subscriptions, renewals and gifts</translation>
    </message>
    <message>
        <source>Enter/leave</source>
        <translation>Enter/leave</translation>
    </message>
    <message>
        <source>Show viewers entering and leaving</source>
        <translation>Show viewers entering and leaving</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Show notices, freezes, mutes and other system messages</source>
        <translation>Show notices, freezes, mutes and other system messages</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Show the time of each message</source>
        <translation>Show the time of each message</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search the chat (%1)</source>
        <translation>Search the chat (%1)</translation>
    </message>
    <message>
        <source>Unknown type: %1</source>
        <translation>Unknown type: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n new message ↓</numerusform>
            <numerusform>%n new messages ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy nickname</source>
        <translation>Copy nickname</translation>
    </message>
    <message>
        <source>Show user card</source>
        <translation>Show user card</translation>
    </message>
    <message>
        <source>Show only messages from %1</source>
        <translation>Show only messages from %1</translation>
    </message>
    <message>
        <source>Show only messages from this role (none chosen: everyone)</source>
        <translation>Show only messages from this role (none chosen: everyone)</translation>
    </message>
</context>
<context>
    <name>soopchat::ConnectionBanner</name>
    <message>
        <source>Connecting to the chat server…</source>
        <translation>Connecting to the chat server…</translation>
    </message>
    <message>
        <source>Joining the chat…</source>
        <translation>Joining the chat…</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>The connection was lost.</translation>
    </message>
    <message>
        <source>%1 Reconnecting now…</source>
        <translation>%1 Reconnecting now…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%1 Reconnecting in %n second…</numerusform>
            <numerusform>%1 Reconnecting in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not live right now.</source>
        <translation>%1 is not live right now.</translation>
    </message>
    <message>
        <source>The broadcast has ended.</source>
        <translation>The broadcast has ended.</translation>
    </message>
    <message>
        <source>SoopChat joins by itself when the next broadcast starts.</source>
        <translation>SoopChat joins by itself when the next broadcast starts.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Checking now…</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation>
            <numerusform>Next check in %n second.</numerusform>
            <numerusform>Next check in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>That password is wrong. Enter the broadcast&apos;s password to join.</source>
        <translation>That password is wrong. Enter the broadcast&apos;s password to join.</translation>
    </message>
    <message>
        <source>This broadcast has a password. Enter it to join the chat.</source>
        <translation>This broadcast has a password. Enter it to join the chat.</translation>
    </message>
    <message>
        <source>no details given.</source>
        <translation>no details given.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Disconnected.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Looking up %1 on %2…</source>
        <translation>Looking up %1 on %2…</translation>
    </message>
    <message>
        <source>Only logged-in viewers may join this broadcast&apos;s chat.</source>
        <translation>Only logged-in viewers may join this broadcast&apos;s chat.</translation>
    </message>
    <message>
        <source>SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</source>
        <translation>SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</translation>
    </message>
    <message>
        <source>%1 is under maintenance: %2</source>
        <translation>%1 is under maintenance: %2</translation>
    </message>
    <message>
        <source>There is no %1 channel “%2”.</source>
        <translation>There is no %1 channel “%2”.</translation>
    </message>
</context>
<context>
    <name>soopchat::DeliveryQueue</name>
    <message>
        <source>Not sent: the queue for this target is full (%1 alerts waiting; the network or the service is down)</source>
        <translation>Not sent: the queue for this target is full (%1 alerts waiting; the network or the service is down)</translation>
    </message>
    <message>
        <source>%1 after the alert was sent: it may have arrived, so it is not sent again</source>
        <translation>%1 after the alert was sent: it may have arrived, so it is not sent again</translation>
    </message>
    <message>
        <source>Given up at attempt %1: %2</source>
        <translation>Given up at attempt %1: %2</translation>
    </message>
    <message>
        <source>No answer in %1 s</source>
        <translation>No answer in %1 s</translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation>The connection was refused</translation>
    </message>
    <message>
        <source>The service closed the connection</source>
        <translation>The service closed the connection</translation>
    </message>
    <message>
        <source>The service&apos;s address was not found (is the network down?)</source>
        <translation>The service&apos;s address was not found (is the network down?)</translation>
    </message>
    <message>
        <source>The secure connection could not be made</source>
        <translation>The secure connection could not be made</translation>
    </message>
    <message>
        <source>The network is down</source>
        <translation>The network is down</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>The connection timed out</translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation>Network error %1</translation>
    </message>
</context>
<context>
    <name>soopchat::DeliveryRunner</name>
    <message>
        <source>The target was removed from the alerts before this alert was sent</source>
        <translation>The target was removed from the alerts before this alert was sent</translation>
    </message>
    <message>
        <source>The action names no %1 target</source>
        <translation>The action names no %1 target</translation>
    </message>
    <message>
        <source>The %1 target “%2” is not in the alerts file</source>
        <translation>The %1 target “%2” is not in the alerts file</translation>
    </message>
    <message>
        <source>No %1 is stored for “%2”: set it in Settings → Alerts, or with soopchat-cli alerts set-secret %3</source>
        <translation>No %1 is stored for “%2”: set it in Settings → Alerts, or with soopchat-cli alerts set-secret %3</translation>
    </message>
    <message>
        <source>The keychain refused to give the %1 of “%2”, so nothing was sent</source>
        <translation>The keychain refused to give the %1 of “%2”, so nothing was sent</translation>
    </message>
    <message>
        <source>No keychain is available: the %1 of “%2” is kept only in the OS keychain (GNOME Keyring, KWallet), so nothing was sent</source>
        <translation>No keychain is available: the %1 of “%2” is kept only in the OS keychain (GNOME Keyring, KWallet), so nothing was sent</translation>
    </message>
    <message>
        <source>The %1 of “%2” in the keychain is empty</source>
        <translation>The %1 of “%2” in the keychain is empty</translation>
    </message>
</context>
<context>
    <name>soopchat::DesktopNotifier</name>
    <message>
        <source>There is no D-Bus session.</source>
        <translation>There is no D-Bus session.</translation>
    </message>
</context>
<context>
    <name>soopchat::DiscordRunner</name>
    <message>
        <source>webhook address</source>
        <translation>webhook address</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The webhook address of “%1” in the keychain is not a Discord webhook address (https://discord.com/api/webhooks/…)</source>
        <translation>The webhook address of “%1” in the keychain is not a Discord webhook address (https://discord.com/api/webhooks/…)</translation>
    </message>
    <message>
        <source>Discord&apos;s rate limit</source>
        <translation>Discord&apos;s rate limit</translation>
    </message>
    <message>
        <source>Discord answered HTTP %1</source>
        <translation>Discord answered HTTP %1</translation>
    </message>
    <message>
        <source>Discord refused the post: %1 (HTTP %2)</source>
        <translation>Discord refused the post: %1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>soopchat::EventWords</name>
    <message numerus="yes">
        <source>sent %Ln star balloon(s)</source>
        <translation>
            <numerusform>sent %Ln star balloon</numerusform>
            <numerusform>sent %Ln star balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln ad balloon(s)</source>
        <translation>
            <numerusform>sent %Ln ad balloon</numerusform>
            <numerusform>sent %Ln ad balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln video balloon(s)</source>
        <translation>
            <numerusform>sent %Ln video balloon</numerusform>
            <numerusform>sent %Ln video balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln VOD balloon(s)</source>
        <translation>
            <numerusform>sent %Ln VOD balloon</numerusform>
            <numerusform>sent %Ln VOD balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln station ad balloon(s)</source>
        <translation>
            <numerusform>sent %Ln station ad balloon</numerusform>
            <numerusform>sent %Ln station ad balloons</numerusform>
        </translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>subscribed</translation>
    </message>
    <message numerus="yes">
        <source>subscribed for %Ln month(s)</source>
        <translation>
            <numerusform>subscribed for %Ln month</numerusform>
            <numerusform>subscribed for %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>gifted a subscription to %1</source>
        <translation>gifted a subscription to %1</translation>
    </message>
    <message numerus="yes">
        <source>star balloon(s)</source>
        <translation>
            <numerusform>star balloon</numerusform>
            <numerusform>star balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ad balloon(s)</source>
        <translation>
            <numerusform>ad balloon</numerusform>
            <numerusform>ad balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>video balloon(s)</source>
        <translation>
            <numerusform>video balloon</numerusform>
            <numerusform>video balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VOD balloon(s)</source>
        <translation>
            <numerusform>VOD balloon</numerusform>
            <numerusform>VOD balloons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>station ad balloon(s)</source>
        <translation>
            <numerusform>station ad balloon</numerusform>
            <numerusform>station ad balloons</numerusform>
        </translation>
    </message>
    <message>
        <source>cheese</source>
        <translation>cheese</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>subscription</translation>
    </message>
    <message>
        <source>gifted subscription</source>
        <translation>gifted subscription</translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln cheese</source>
        <translation>
            <numerusform>sent %Ln cheese</numerusform>
            <numerusform>sent %Ln cheese</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln cheese with a video</source>
        <translation>
            <numerusform>sent %Ln cheese with a video</numerusform>
            <numerusform>sent %Ln cheese with a video</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln cheese for a mission</source>
        <translation>
            <numerusform>sent %Ln cheese for a mission</numerusform>
            <numerusform>sent %Ln cheese for a mission</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::ExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines files (*.jsonl)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choose the file to export to.</translation>
    </message>
    <message>
        <source>The end of the time range must come after its start.</source>
        <translation>The end of the time range must come after its start.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The session could not be exported.</source>
        <translation>The session could not be exported.</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Export Session</translation>
    </message>
    <message numerus="yes">
        <source>%1 · recorded %2 · %n event(s)</source>
        <translation>
            <numerusform>%1 · recorded %2 · %n event</numerusform>
            <numerusform>%1 · recorded %2 · %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · the current recording</source>
        <translation>%1 · the current recording</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV — for spreadsheets (Excel, LibreOffice, Google Sheets)</source>
        <translation>CSV — for spreadsheets (Excel, LibreOffice, Google Sheets)</translation>
    </message>
    <message>
        <source>JSONL — every detail, one event per line</source>
        <translation>JSONL — every detail, one event per line</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>The whole session</translation>
    </message>
    <message>
        <source>A time range:</source>
        <translation>A time range:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>What the chat list shows (its categories and search):</source>
        <translation>What the chat list shows (its categories and search):</translation>
    </message>
    <message>
        <source>This tab has no chat list filter.</source>
        <translation>This tab has no chat list filter.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Exported in part</source>
        <translation>Exported in part</translation>
    </message>
</context>
<context>
    <name>soopchat::FavouritesPanel</name>
    <message>
        <source>Only a streamer&apos;s channel can be a favourite, not a recording.</source>
        <translation>Only a streamer&apos;s channel can be a favourite, not a recording.</translation>
    </message>
    <message>
        <source>Live, for logged-in viewers only</source>
        <translation>Live, for logged-in viewers only</translation>
    </message>
    <message>
        <source>Live, for logged-in viewers only: %1</source>
        <translation>Live, for logged-in viewers only: %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n viewer</numerusform>
            <numerusform>%n viewers</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Open in a tab</source>
        <translation>Open in a tab</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>No such channel</source>
        <translation>No such channel</translation>
    </message>
    <message>
        <source>Unknown: the service is under maintenance</source>
        <translation>Unknown: the service is under maintenance</translation>
    </message>
    <message>
        <source>Unknown: cannot check now</source>
        <translation>Unknown: cannot check now</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unknown: %1</translation>
    </message>
    <message>
        <source>%1 (last known; cannot check now)</source>
        <translation>%1 (last known; cannot check now)</translation>
    </message>
    <message>
        <source>%1 · open in a tab</source>
        <translation>%1 · open in a tab</translation>
    </message>
    <message>
        <source>Add a channel…</source>
        <translation>Add a channel…</translation>
    </message>
    <message>
        <source>Add this channel to the favourites</source>
        <translation>Add this channel to the favourites</translation>
    </message>
    <message>
        <source>Remove the selected favourite</source>
        <translation>Remove the selected favourite</translation>
    </message>
</context>
<context>
    <name>soopchat::FavouritesSettingsPage</name>
    <message>
        <source>Show a desktop notification when a favourite goes live</source>
        <translation>Show a desktop notification when a favourite goes live</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>One channel at a time, a few seconds apart, and less often while the service has trouble. Channels open in a tab are not checked: their tab knows.</source>
        <translation>One channel at a time, a few seconds apart, and less often while the service has trouble. Channels open in a tab are not checked: their tab knows.</translation>
    </message>
    <message>
        <source>Check each favourite every</source>
        <translation>Check each favourite every</translation>
    </message>
</context>
<context>
    <name>soopchat::HighlightsPanel</name>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Highlighted messages of every open channel. Click one to go to its channel.</source>
        <translation>Highlighted messages of every open channel. Click one to go to its channel.</translation>
    </message>
</context>
<context>
    <name>soopchat::HistoryWindow</name>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>The newest %1 messages containing “%2”</source>
        <translation>The newest %1 messages containing “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) containing “%1”</source>
        <translation>
            <numerusform>%n message containing “%1”</numerusform>
            <numerusform>%n messages containing “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>No recorded message contains “%1”.</source>
        <translation>No recorded message contains “%1”.</translation>
    </message>
    <message>
        <source>Reading the recorded sessions…</source>
        <translation>Reading the recorded sessions…</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.
Every channel you open is recorded while its tab is open, and its sessions appear here.</source>
        <translation>Nothing has been recorded yet.
Every channel you open is recorded while its tab is open, and its sessions appear here.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events recorded</source>
        <translation>%1 events recorded</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s).</source>
        <translation>
            <numerusform>Exported %n event.</numerusform>
            <numerusform>Exported %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session History — SoopChat</source>
        <translation>Session History — SoopChat</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Recorded sessions</translation>
    </message>
    <message>
        <source>Search every recorded message (any part of a word, Korean too)</source>
        <translation>Search every recorded message (any part of a word, Korean too)</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>Read the list again</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show the session in a tab of the main window (search results: at that moment)</source>
        <translation>Show the session in a tab of the main window (search results: at that moment)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Found damaged on %1 (%2). SoopChat never writes it again; what can still be read is shown and exported.</source>
        <translation>Found damaged on %1 (%2). SoopChat never writes it again; what can still be read is shown and exported.</translation>
    </message>
    <message>
        <source>This file is damaged: what can still be read is shown and exported.</source>
        <translation>This file is damaged: what can still be read is shown and exported.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Every session of this channel&apos;s broadcast day: recordings split by a restart, a reconnect or the broadcast ending and coming back are added up.</source>
        <translation>Every session of this channel&apos;s broadcast day: recordings split by a restart, a reconnect or the broadcast ending and coming back are added up.</translation>
    </message>
</context>
<context>
    <name>soopchat::ImageCache</name>
    <message>
        <source>not an image address this app fetches</source>
        <translation>not an image address this app fetches</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>not an image (%1)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>not an image</translation>
    </message>
    <message>
        <source>%1 x %2 pixels is too large</source>
        <translation>%1 x %2 pixels is too large</translation>
    </message>
</context>
<context>
    <name>soopchat::LinkOpener</name>
    <message>
        <source>Open link?</source>
        <translation>Open link?</translation>
    </message>
    <message>
        <source>This link goes to %1.</source>
        <translation>This link goes to %1.</translation>
    </message>
    <message>
        <source>The address is written with international characters and can look exactly like a well-known site. Check it carefully.</source>
        <translation>The address is written with international characters and can look exactly like a well-known site. Check it carefully.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
</context>
<context>
    <name>soopchat::LiveAlerts</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 is live</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n viewer</numerusform>
            <numerusform>%n viewers</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>SoopChat</source>
        <translation>SoopChat</translation>
    </message>
</context>
<context>
    <name>soopchat::LiveHeader</name>
    <message>
        <source>Untitled broadcast</source>
        <translation>Untitled broadcast</translation>
    </message>
    <message>
        <source>watching for %1</source>
        <translation>watching for %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chatter(s)</source>
        <translation>
            <numerusform>%n chatter</numerusform>
            <numerusform>%n chatters</numerusform>
        </translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● LIVE</translation>
    </message>
    <message>
        <source>just joined</source>
        <translation>just joined</translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n s</source>
        <translation>
            <numerusform>nothing received for %n s</numerusform>
            <numerusform>nothing received for %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>unencrypted: the TLS chat port could not be reached</source>
        <translation>unencrypted: the TLS chat port could not be reached</translation>
    </message>
</context>
<context>
    <name>soopchat::LiveWatcher</name>
    <message>
        <source>SoopChat cannot check this platform&apos;s channels.</source>
        <translation>SoopChat cannot check this platform&apos;s channels.</translation>
    </message>
</context>
<context>
    <name>soopchat::MainWindow</name>
    <message>
        <source>%1 — SoopChat</source>
        <translation>%1 — SoopChat</translation>
    </message>
    <message>
        <source>SoopChat</source>
        <translation>SoopChat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Channel…</source>
        <translation>&amp;Open Channel…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <source>Session &amp;History…</source>
        <translation>Session &amp;History…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s recorded session as CSV or JSONL</source>
        <translation>Save this tab&apos;s recorded session as CSV or JSONL</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Statistics Panel</source>
        <translation>&amp;Statistics Panel</translation>
    </message>
    <message>
        <source>Show &amp;Time</source>
        <translation>Show &amp;Time</translation>
    </message>
    <message>
        <source>&amp;Find in Chat…</source>
        <translation>&amp;Find in Chat…</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>Jump to &amp;Latest</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Reconnect Now</translation>
    </message>
    <message>
        <source>Copy &amp;Overlay URL</source>
        <translation>Copy &amp;Overlay URL</translation>
    </message>
    <message>
        <source>The address of this channel&apos;s overlay, for an OBS browser source</source>
        <translation>The address of this channel&apos;s overlay, for an OBS browser source</translation>
    </message>
    <message>
        <source>&amp;Pop Out Overlay Window</source>
        <translation>&amp;Pop Out Overlay Window</translation>
    </message>
    <message>
        <source>This channel&apos;s chat in its own window, for OBS window capture</source>
        <translation>This channel&apos;s chat in its own window, for OBS window capture</translation>
    </message>
    <message>
        <source>Overlay &amp;Window Options…</source>
        <translation>Overlay &amp;Window Options…</translation>
    </message>
    <message>
        <source>Overlay Window Click-&amp;Through</source>
        <translation>Overlay Window Click-&amp;Through</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SoopChat</source>
        <translation>&amp;About SoopChat</translation>
    </message>
    <message>
        <source>Demo: simulated broadcasts on this computer</source>
        <translation>Demo: simulated broadcasts on this computer</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Overlay on port %1</source>
        <translation>Overlay on port %1</translation>
    </message>
    <message>
        <source>Overlay off</source>
        <translation>Overlay off</translation>
    </message>
    <message>
        <source>Recording: problem</source>
        <translation>Recording: problem</translation>
    </message>
    <message>
        <source>Clicks now pass through the overlay window. %1 turns it off again.</source>
        <translation>Clicks now pass through the overlay window. %1 turns it off again.</translation>
    </message>
    <message>
        <source>The overlay window can be clicked again.</source>
        <translation>The overlay window can be clicked again.</translation>
    </message>
    <message>
        <source>Overlay unavailable</source>
        <translation>Overlay unavailable</translation>
    </message>
    <message>
        <source>The overlay server is not running: %1</source>
        <translation>The overlay server is not running: %1</translation>
    </message>
    <message>
        <source>Overlay address copied. In OBS add a Browser source, paste it as the URL and make it 400×600.</source>
        <translation>Overlay address copied. In OBS add a Browser source, paste it as the URL and make it 400×600.</translation>
    </message>
    <message>
        <source>About SoopChat</source>
        <translation>About SoopChat</translation>
    </message>
    <message>
        <source>SoopChat cannot open channels of this platform here.</source>
        <translation>SoopChat cannot open channels of this platform here.</translation>
    </message>
    <message>
        <source>Overlay: port %1 busy, on %2 for now</source>
        <translation>Overlay: port %1 busy, on %2 for now</translation>
    </message>
    <message>
        <source>Another program uses port %1, so the overlay runs on port %2 this time. Browser sources in OBS stay blank until that port is free again or you copy the new address. (%3)</source>
        <translation>Another program uses port %1, so the overlay runs on port %2 this time. Browser sources in OBS stay blank until that port is free again or you copy the new address. (%3)</translation>
    </message>
    <message>
        <source>Overlay: cannot accept connections</source>
        <translation>Overlay: cannot accept connections</translation>
    </message>
    <message>
        <source>Overlay on port %1 (address for this run only)</source>
        <translation>Overlay on port %1 (address for this run only)</translation>
    </message>
    <message>
        <source>The overlay address changes at the next start; the overlay port at the right says why.</source>
        <translation>The overlay address changes at the next start; the overlay port at the right says why.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Overlay: problem</source>
        <translation>Overlay: problem</translation>
    </message>
    <message>
        <source>%1 is in the favourites.</source>
        <translation>%1 is in the favourites.</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>F&amp;avourites</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>Add to &amp;Favourites</translation>
    </message>
    <message>
        <source>The alerts file has problems: %1</source>
        <translation>The alerts file has problems: %1</translation>
    </message>
    <message>
        <source>Alert box address copied: add it to OBS as a browser source.</source>
        <translation>Alert box address copied: add it to OBS as a browser source.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>This is a test alert.</source>
        <translation>This is a test alert.</translation>
    </message>
    <message>
        <source>SoopChat test alert: if you can read this, alerts reach “%1”.</source>
        <translation>SoopChat test alert: if you can read this, alerts reach “%1”.</translation>
    </message>
    <message>
        <source>Alert &amp;Box</source>
        <translation>Alert &amp;Box</translation>
    </message>
    <message>
        <source>Copy Alert Box &amp;URL</source>
        <translation>Copy Alert Box &amp;URL</translation>
    </message>
    <message>
        <source>The address of this channel&apos;s alert box, for an OBS browser source</source>
        <translation>The address of this channel&apos;s alert box, for an OBS browser source</translation>
    </message>
    <message>
        <source>Send a &amp;Test Alert</source>
        <translation>Send a &amp;Test Alert</translation>
    </message>
    <message>
        <source>&amp;Pause Alerts</source>
        <translation>&amp;Pause Alerts</translation>
    </message>
    <message>
        <source>&amp;Skip Current Alert</source>
        <translation>&amp;Skip Current Alert</translation>
    </message>
    <message>
        <source>&amp;Replay Last Alert</source>
        <translation>&amp;Replay Last Alert</translation>
    </message>
    <message>
        <source>Alert History</source>
        <translation>Alert History</translation>
    </message>
    <message>
        <source>A&amp;lert History</source>
        <translation>A&amp;lert History</translation>
    </message>
    <message>
        <source>SoopChat %1

A native chat viewer for Korean live streams (%2): live chat with badges, donations and subscriptions, statistics, recording and an OBS overlay. It joins as a guest, exactly as the services&apos; own web players do.</source>
        <translation>SoopChat %1

A native chat viewer for Korean live streams (%2): live chat with badges, donations and subscriptions, statistics, recording and an OBS overlay. It joins as a guest, exactly as the services&apos; own web players do.</translation>
    </message>
</context>
<context>
    <name>soopchat::NotificationRunner</name>
    <message>
        <source>There is no D-Bus session.</source>
        <translation>There is no D-Bus session.</translation>
    </message>
    <message>
        <source>No desktop notification (%1); shown in the tray instead.</source>
        <translation>No desktop notification (%1); shown in the tray instead.</translation>
    </message>
    <message>
        <source>No desktop notification (%1).</source>
        <translation>No desktop notification (%1).</translation>
    </message>
    <message>
        <source>The notification service is not answering.</source>
        <translation>The notification service is not answering.</translation>
    </message>
</context>
<context>
    <name>soopchat::OverlayOptionsDialog</name>
    <message>
        <source>Overlay Window — %1</source>
        <translation>Overlay Window — %1</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Chroma key colour</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>A chroma key colour works with every capture method (add OBS&apos;s Chroma Key filter). Transparent works only where the capture keeps alpha.</source>
        <translation>A chroma key colour works with every capture method (add OBS&apos;s Chroma Key filter). Transparent works only where the capture keeps alpha.</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olour…</translation>
    </message>
    <message>
        <source>The colour OBS&apos;s Chroma Key filter removes</source>
        <translation>The colour OBS&apos;s Chroma Key filter removes</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Text edge:</source>
        <translation>&amp;Text edge:</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Shadow</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Show b&amp;adges</source>
        <translation>Show b&amp;adges</translation>
    </message>
    <message>
        <source>Bigger donations get bi&amp;gger lines</source>
        <translation>Bigger donations get bi&amp;gger lines</translation>
    </message>
    <message>
        <source>&amp;Most lines:</source>
        <translation>&amp;Most lines:</translation>
    </message>
    <message>
        <source>Fade o&amp;ut after:</source>
        <translation>Fade o&amp;ut after:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Donations and subscriptions only</source>
        <translation>&amp;Donations and subscriptions only</translation>
    </message>
    <message>
        <source>&amp;Lock position and size</source>
        <translation>&amp;Lock position and size</translation>
    </message>
    <message>
        <source>A locked window ignores clicks; right-click still opens its menu.</source>
        <translation>A locked window ignores clicks; right-click still opens its menu.</translation>
    </message>
    <message>
        <source>&amp;Click-through: clicks go to the window below</source>
        <translation>&amp;Click-through: clicks go to the window below</translation>
    </message>
    <message>
        <source>While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu.</source>
        <translation>While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu.</translation>
    </message>
    <message>
        <source>While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu (%1).</source>
        <translation>While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu (%1).</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restore Defaults</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chroma Key Colour</source>
        <translation>Chroma Key Colour</translation>
    </message>
</context>
<context>
    <name>soopchat::OverlayServer</name>
    <message>
        <source>Cannot serve the overlay on port %1: %2</source>
        <translation>Cannot serve the overlay on port %1: %2</translation>
    </message>
    <message>
        <source>The overlay cannot accept connections: %1 (%2 open)</source>
        <translation>The overlay cannot accept connections: %1 (%2 open)</translation>
    </message>
</context>
<context>
    <name>soopchat::OverlayWindow</name>
    <message>
        <source>Clicks now pass through this window. To undo, use SoopChat&apos;s Channel → Overlay Window Click-Through (%1).</source>
        <translation>Clicks now pass through this window. To undo, use SoopChat&apos;s Channel → Overlay Window Click-Through (%1).</translation>
    </message>
    <message>
        <source>Clicks now pass through this window. To undo, use SoopChat&apos;s Channel → Overlay Window Click-Through.</source>
        <translation>Clicks now pass through this window. To undo, use SoopChat&apos;s Channel → Overlay Window Click-Through.</translation>
    </message>
    <message>
        <source>Overlay for %1
Drag to move, drag an edge to resize.
Right-click for options.</source>
        <translation>Overlay for %1
Drag to move, drag an edge to resize.
Right-click for options.</translation>
    </message>
    <message>
        <source>&amp;Lock Position and Size</source>
        <translation>&amp;Lock Position and Size</translation>
    </message>
    <message>
        <source>Click-&amp;Through</source>
        <translation>Click-&amp;Through</translation>
    </message>
    <message>
        <source>Clicks go to the window below. Undo it from SoopChat&apos;s Channel menu.</source>
        <translation>Clicks go to the window below. Undo it from SoopChat&apos;s Channel menu.</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <source>&amp;Close Overlay Window</source>
        <translation>&amp;Close Overlay Window</translation>
    </message>
    <message>
        <source>%1 overlay — SoopChat</source>
        <translation>%1 overlay — SoopChat</translation>
    </message>
</context>
<context>
    <name>soopchat::QtSoundOutput</name>
    <message>
        <source>No audio output device: nothing can play sound (is PulseAudio or PipeWire running?).</source>
        <translation>No audio output device: nothing can play sound (is PulseAudio or PipeWire running?).</translation>
    </message>
    <message>
        <source>The sound file %1 is not a sound that can be played (WAV, OGG or MP3).</source>
        <translation>The sound file %1 is not a sound that can be played (WAV, OGG or MP3).</translation>
    </message>
    <message>
        <source>The sound file %1 could not be played: %2</source>
        <translation>The sound file %1 could not be played: %2</translation>
    </message>
</context>
<context>
    <name>soopchat::QtSpeechEngine</name>
    <message>
        <source>No text-to-speech engine is installed: install the packages qt6-speech-speechd-plugin, speech-dispatcher and speech-dispatcher-espeak-ng.</source>
        <translation>No text-to-speech engine is installed: install the packages qt6-speech-speechd-plugin, speech-dispatcher and speech-dispatcher-espeak-ng.</translation>
    </message>
    <message>
        <source>The speech service does not answer: install speech-dispatcher and speech-dispatcher-espeak-ng (and check that speech-dispatcher can start).</source>
        <translation>The speech service does not answer: install speech-dispatcher and speech-dispatcher-espeak-ng (and check that speech-dispatcher can start).</translation>
    </message>
    <message>
        <source>No voice speaks Korean: install espeak-ng and speech-dispatcher-espeak-ng.</source>
        <translation>No voice speaks Korean: install espeak-ng and speech-dispatcher-espeak-ng.</translation>
    </message>
    <message>
        <source>No voice speaks %1: install a speech-dispatcher voice for it (e.g. speech-dispatcher-espeak-ng).</source>
        <translation>No voice speaks %1: install a speech-dispatcher voice for it (e.g. speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <source>The speech engine stopped with an error.</source>
        <translation>The speech engine stopped with an error.</translation>
    </message>
</context>
<context>
    <name>soopchat::RecordedSessionTab</name>
    <message>
        <source>%1 · Recorded · %2</source>
        <translation>%1 · Recorded · %2</translation>
    </message>
    <message>
        <source>Recorded %1, %2</source>
        <translation>Recorded %1, %2</translation>
    </message>
    <message>
        <source>Reading the recording: %1 of %2 events</source>
        <translation>Reading the recording: %1 of %2 events</translation>
    </message>
    <message>
        <source>Replay: the chat list and the statistics show the session up to the replay position.</source>
        <translation>Replay: the chat list and the statistics show the session up to the replay position.</translation>
    </message>
    <message>
        <source>those around the chosen moment</source>
        <translation>those around the chosen moment</translation>
    </message>
    <message>
        <source>the last ones</source>
        <translation>the last ones</translation>
    </message>
    <message>
        <source>Recorded · %1</source>
        <translation>Recorded · %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save this session as CSV or JSONL</source>
        <translation>Save this session as CSV or JSONL</translation>
    </message>
    <message>
        <source>The chat list keeps at most %1 rows (Settings → General); this session has %2 events, so it shows %3. The statistics count every event. Replay or the session history&apos;s search reach the rest.</source>
        <translation>The chat list keeps at most %1 rows (Settings → General); this session has %2 events, so it shows %3. The statistics count every event. Replay or the session history&apos;s search reach the rest.</translation>
    </message>
</context>
<context>
    <name>soopchat::ReplayBar</name>
    <message>
        <source>Pause the replay</source>
        <translation>Pause the replay</translation>
    </message>
    <message>
        <source>Replay the session as it happened</source>
        <translation>Replay the session as it happened</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>Replaying</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Replay finished</translation>
    </message>
    <message>
        <source>Position in the session: drag to replay from another moment</source>
        <translation>Position in the session: drag to replay from another moment</translation>
    </message>
    <message>
        <source>Replay at %1× speed</source>
        <translation>Replay at %1× speed</translation>
    </message>
</context>
<context>
    <name>soopchat::RulesSettingsPage</name>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>User (id or nickname)</source>
        <translation>User (id or nickname)</translation>
    </message>
    <message>
        <source>Mentions my name</source>
        <translation>Mentions my name</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>e.g. 달콤한곰, sweetbear</source>
        <translation>e.g. 달콤한곰, sweetbear</translation>
    </message>
    <message>
        <source>There is no login: messages that contain the nickname or id written here are highlighted by a &quot;Mentions my name&quot; rule (several, separated by commas).</source>
        <translation>There is no login: messages that contain the nickname or id written here are highlighted by a &quot;Mentions my name&quot; rule (several, separated by commas).</translation>
    </message>
    <message>
        <source>Empty: the message is hidden. Otherwise what matched is replaced by this.</source>
        <translation>Empty: the message is hidden. Otherwise what matched is replaced by this.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>My nickname or id:</source>
        <translation>My nickname or id:</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Ignored users and phrases leave the chat list, the overlay window and the browser overlay alike; recordings and statistics keep everything.</source>
        <translation>Ignored users and phrases leave the chat list, the overlay window and the browser overlay alike; recordings and statistics keep everything.</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Highlight colour</translation>
    </message>
    <message>
        <source>Double-click to choose the colour</source>
        <translation>Double-click to choose the colour</translation>
    </message>
    <message>
        <source>Beep when a message matches (at most once a second)</source>
        <translation>Beep when a message matches (at most once a second)</translation>
    </message>
    <message>
        <source>%1, rule %2: the regular expression is invalid at character %4: %3</source>
        <translation>%1, rule %2: the regular expression is invalid at character %4: %3</translation>
    </message>
</context>
<context>
    <name>soopchat::SearchHitModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionChart</name>
    <message>
        <source>Per minute</source>
        <translation>Per minute</translation>
    </message>
    <message numerus="yes">
        <source>Per %n min</source>
        <translation>
            <numerusform>Per %n min</numerusform>
            <numerusform>Per %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat messages, total</source>
        <translation>Chat messages, total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat message(s)</source>
        <translation>
            <numerusform>%Ln chat message</numerusform>
            <numerusform>%Ln chat messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Balloons, total</source>
        <translation>Balloons, total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s)</source>
        <translation>
            <numerusform>%Ln balloon</numerusform>
            <numerusform>%Ln balloons</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cheese, total</source>
        <translation>Cheese, total</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionExporter</name>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>There is no session %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n event(s) of this session could not be read. The %2 that could are exported.</source>
        <translation>
            <numerusform>%1 is damaged: %n event of this session could not be read. The %2 that could are exported.</numerusform>
            <numerusform>%1 is damaged: %n events of this session could not be read. The %2 that could are exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: some events of this session could not be read. The %2 that could are exported.</source>
        <translation>%1 is damaged: some events of this session could not be read. The %2 that could are exported.</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionListModel</name>
    <message>
        <source>Ended at %1</source>
        <translation>Ended at %1</translation>
    </message>
    <message>
        <source>Not ended: recording went on, or stopped without an end</source>
        <translation>Not ended: recording went on, or stopped without an end</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Streamer</source>
        <translation>Streamer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Ad balloons</source>
        <translation>Ad balloons</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Chatters</source>
        <translation>Chatters</translation>
    </message>
    <message>
        <source>New: %1
Renewals: %2
Gifts: %3</source>
        <translation>New: %1
Renewals: %2
Gifts: %3</translation>
    </message>
    <message>
        <source>Balloons</source>
        <translation>Balloons</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionWriterWorker</name>
    <message>
        <source>Recording continues in %1.</source>
        <translation>Recording continues in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n event(s) are kept in memory and saved as soon as writing works again.</source>
        <translation>
            <numerusform>Up to %n event is kept in memory and saved as soon as writing works again.</numerusform>
            <numerusform>Up to %n events are kept in memory and saved as soon as writing works again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be saved to %1 and were dropped.</source>
        <translation>
            <numerusform>%n event could not be saved to %1 and was dropped.</numerusform>
            <numerusform>%n events could not be saved to %1 and were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::SettingsDialog</name>
    <message>
        <source>Show the time of each message</source>
        <translation>Show the time of each message</translation>
    </message>
    <message>
        <source>Record every channel I watch</source>
        <translation>Record every channel I watch</translation>
    </message>
    <message>
        <source>Allow other computers on my network</source>
        <translation>Allow other computers on my network</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Older messages leave the list when it is full; recordings keep everything.</source>
        <translation>Older messages leave the list when it is full; recordings keep everything.</translation>
    </message>
    <message>
        <source>Recording is off.</source>
        <translation>Recording is off.</translation>
    </message>
    <message>
        <source>Sessions are saved in %1</source>
        <translation>Sessions are saved in %1</translation>
    </message>
    <message>
        <source>Off: only this computer (and OBS on it) can load the overlay.</source>
        <translation>Off: only this computer (and OBS on it) can load the overlay.</translation>
    </message>
    <message>
        <source>New Overlay Address</source>
        <translation>New Overlay Address</translation>
    </message>
    <message>
        <source>Makes every overlay address given out so far stop working.</source>
        <translation>Makes every overlay address given out so far stop working.</translation>
    </message>
    <message>
        <source>New overlay address</source>
        <translation>New overlay address</translation>
    </message>
    <message>
        <source>Overlay addresses already in OBS will stop working, and you will need to copy the new one. Continue?</source>
        <translation>Overlay addresses already in OBS will stop working, and you will need to copy the new one. Continue?</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Messages kept per channel:</source>
        <translation>Messages kept per channel:</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation>Overlay for OBS</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Port and network changes apply at the next start.</source>
        <translation>Port and network changes apply at the next start.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>The settings could not be written to %1.</translation>
    </message>
    <message>
        <source>The overlay addresses in OBS contain this number: change it and they must be copied again.</source>
        <translation>The overlay addresses in OBS contain this number: change it and they must be copied again.</translation>
    </message>
    <message>
        <source>e.g. :root { --font-size: 24px; }</source>
        <translation>e.g. :root { --font-size: 24px; }</translation>
    </message>
    <message>
        <source>CSS for every overlay page. It applies when you save; open pages pick it up when they reload.</source>
        <translation>CSS for every overlay page. It applies when you save; open pages pick it up when they reload.</translation>
    </message>
    <message>
        <source>Custom CSS:</source>
        <translation>Custom CSS:</translation>
    </message>
    <message>
        <source>Keep the overlay address in a file only you can read</source>
        <translation>Keep the overlay address in a file only you can read</translation>
    </message>
    <message>
        <source>Off: the address is kept in the system&apos;s keychain. Turn it on where there is no keychain, so the address stays the same after a restart.</source>
        <translation>Off: the address is kept in the system&apos;s keychain. Turn it on where there is no keychain, so the address stays the same after a restart.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Highlights &amp;&amp; Ignore</source>
        <translation>Highlights &amp;&amp; Ignore</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
<context>
    <name>soopchat::SoundRunner</name>
    <message>
        <source>The built-in chime could not be written to a temporary file.</source>
        <translation>The built-in chime could not be written to a temporary file.</translation>
    </message>
    <message>
        <source>The sound file %1 does not exist.</source>
        <translation>The sound file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a sound file (it is a folder or a device).</source>
        <translation>%1 is not a sound file (it is a folder or a device).</translation>
    </message>
    <message>
        <source>The sound file %1 cannot be read (check its permissions).</source>
        <translation>The sound file %1 cannot be read (check its permissions).</translation>
    </message>
    <message>
        <source>The sound file %1 is empty.</source>
        <translation>The sound file %1 is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The sound did not end within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>The sound did not end within %n second; it was stopped.</numerusform>
            <numerusform>The sound did not end within %n seconds; it was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sounds are waiting (%n); this one was skipped.</source>
        <translation>
            <numerusform>Too many sounds are waiting (%n); this one was skipped.</numerusform>
            <numerusform>Too many sounds are waiting (%n); this one was skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::SpeechRunner</name>
    <message>
        <source>Nothing to read aloud: the text is empty without its emoji and symbols.</source>
        <translation>Nothing to read aloud: the text is empty without its emoji and symbols.</translation>
    </message>
    <message numerus="yes">
        <source>The speech engine did not finish within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>The speech engine did not finish within %n second; it was stopped.</numerusform>
            <numerusform>The speech engine did not finish within %n seconds; it was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many messages are waiting to be read (%n); this one was skipped.</source>
        <translation>
            <numerusform>Too many messages are waiting to be read (%n); this one was skipped.</numerusform>
            <numerusform>Too many messages are waiting to be read (%n); this one was skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::StatsPanel</name>
    <message>
        <source>New: %1
Renewals: %2
Gifts: %3</source>
        <translation>New: %1
Renewals: %2
Gifts: %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Ad balloons</source>
        <translation>Ad balloons</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Chatters</source>
        <translation>Chatters</translation>
    </message>
    <message>
        <source>Different users who chatted in this session</source>
        <translation>Different users who chatted in this session</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chat messages</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Balloons</source>
        <translation>Balloons</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages over the session</source>
        <translation>Chat messages over the session</translation>
    </message>
    <message>
        <source>Top donors</source>
        <translation>Top donors</translation>
    </message>
    <message>
        <source>Top words</source>
        <translation>Top words</translation>
    </message>
    <message>
        <source>No chat yet</source>
        <translation>No chat yet</translation>
    </message>
    <message>
        <source>Ad balloons given in the chat or through the station; not counted in the balloons</source>
        <translation>Ad balloons given in the chat or through the station; not counted in the balloons</translation>
    </message>
    <message>
        <source>Balloons (star and video) over the session</source>
        <translation>Balloons (star and video) over the session</translation>
    </message>
    <message>
        <source>No balloons yet</source>
        <translation>No balloons yet</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>This session and the %n session(s) recorded before it on the same broadcast day</source>
        <translation>
            <numerusform>This session and the %n session recorded before it on the same broadcast day</numerusform>
            <numerusform>This session and the %n sessions recorded before it on the same broadcast day</numerusform>
        </translation>
    </message>
    <message>
        <source>Cheese</source>
        <translation>Cheese</translation>
    </message>
    <message>
        <source>Cheese over the session</source>
        <translation>Cheese over the session</translation>
    </message>
</context>
<context>
    <name>soopchat::TelegramRunner</name>
    <message>
        <source>bot token</source>
        <translation>bot token</translation>
    </message>
    <message>
        <source>The Telegram target “%1” has no chat id</source>
        <translation>The Telegram target “%1” has no chat id</translation>
    </message>
    <message>
        <source>The bot token of “%1” in the keychain is not a Telegram bot token (123456:ABC…)</source>
        <translation>The bot token of “%1” in the keychain is not a Telegram bot token (123456:ABC…)</translation>
    </message>
    <message>
        <source>The Telegram API address %1 is neither https nor on this machine</source>
        <translation>The Telegram API address %1 is neither https nor on this machine</translation>
    </message>
    <message>
        <source>Telegram&apos;s rate limit</source>
        <translation>Telegram&apos;s rate limit</translation>
    </message>
    <message>
        <source>Telegram answered HTTP %1</source>
        <translation>Telegram answered HTTP %1</translation>
    </message>
    <message>
        <source>Telegram refused the message: %1 (HTTP %2)</source>
        <translation>Telegram refused the message: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The group is now a supergroup: change the target&apos;s chat id to %1</source>
        <translation>The group is now a supergroup: change the target&apos;s chat id to %1</translation>
    </message>
</context>
<context>
    <name>soopchat::UserCardDialog</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Messages this session</source>
        <translation>Messages this session</translation>
    </message>
    <message>
        <source>Balloons given</source>
        <translation>Balloons given</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show only their messages</source>
        <translation>Show only their messages</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Recent messages</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>soopchat::WelcomePage</name>
    <message>
        <source>Recent channels</source>
        <translation>Recent channels</translation>
    </message>
    <message>
        <source>Watch a live chat</source>
        <translation>Watch a live chat</translation>
    </message>
    <message>
        <source>Type a streamer id or paste a channel address into the bar above, then press Enter. Open several channels and each gets its own tab.</source>
        <translation>Type a streamer id or paste a channel address into the bar above, then press Enter. Open several channels and each gets its own tab.</translation>
    </message>
</context>
<context>
    <name>soopchat::WordCloud</name>
    <message numerus="yes">
        <source>“%1”: about %n message(s)</source>
        <translation>
            <numerusform>“%1”: about %n message</numerusform>
            <numerusform>“%1”: about %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n message(s)</source>
        <translation>
            <numerusform>“%1”: %n message</numerusform>
            <numerusform>“%1”: %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkClient</name>
    <message>
        <source>Timed out connecting to the chat server.</source>
        <translation>Timed out connecting to the chat server.</translation>
    </message>
    <message>
        <source>The chat server did not answer the join.</source>
        <translation>The chat server did not answer the join.</translation>
    </message>
    <message>
        <source>The broadcast ended.</source>
        <translation>The broadcast ended.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate was refused (%1); SoopChat tries again later.</source>
        <translation>The chat server&apos;s certificate was refused (%1); SoopChat tries again later.</translation>
    </message>
    <message>
        <source>The chat server could not be reached.</source>
        <translation>The chat server could not be reached.</translation>
    </message>
    <message>
        <source>The connection to the chat server was lost.</source>
        <translation>The connection to the chat server was lost.</translation>
    </message>
    <message>
        <source>The chat server sent a message larger than %1 MiB; it was refused.</source>
        <translation>The chat server sent a message larger than %1 MiB; it was refused.</translation>
    </message>
    <message>
        <source>The chat server closed the connection.</source>
        <translation>The chat server closed the connection.</translation>
    </message>
    <message>
        <source>The chat server closed the connection: %1</source>
        <translation>The chat server closed the connection: %1</translation>
    </message>
    <message>
        <source>CHZZK refused to join the chat: %1 (%2)</source>
        <translation>CHZZK refused to join the chat: %1 (%2)</translation>
    </message>
    <message>
        <source>The chat server stopped answering.</source>
        <translation>The chat server stopped answering.</translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkInput</name>
    <message>
        <source>This CHZZK address has no channel id in it.</source>
        <translation>This CHZZK address has no channel id in it.</translation>
    </message>
    <message>
        <source>CHZZK videos and clips cannot be opened: use the channel&apos;s address (chzzk.naver.com/live/ and the channel id).</source>
        <translation>CHZZK videos and clips cannot be opened: use the channel&apos;s address (chzzk.naver.com/live/ and the channel id).</translation>
    </message>
    <message>
        <source>“%1” is not a CHZZK channel id: a channel id has 32 characters, the digits 0-9 and the letters a-f.</source>
        <translation>“%1” is not a CHZZK channel id: a channel id has 32 characters, the digits 0-9 and the letters a-f.</translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkResolver</name>
    <message>
        <source>its answer was larger than %1 KiB</source>
        <translation>its answer was larger than %1 KiB</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>no complete answer within %1 s</translation>
    </message>
    <message>
        <source>There is no CHZZK channel with the id “%1”.</source>
        <translation>There is no CHZZK channel with the id “%1”.</translation>
    </message>
    <message>
        <source>CHZZK&apos;s server failed (HTTP %1).</source>
        <translation>CHZZK&apos;s server failed (HTTP %1).</translation>
    </message>
    <message>
        <source>CHZZK sent an answer SoopChat does not understand.</source>
        <translation>CHZZK sent an answer SoopChat does not understand.</translation>
    </message>
    <message>
        <source>This broadcast is for adults only: CHZZK gives its chat only to viewers who have logged in and verified their age.</source>
        <translation>This broadcast is for adults only: CHZZK gives its chat only to viewers who have logged in and verified their age.</translation>
    </message>
    <message>
        <source>CHZZK says the broadcast is live but gave no chat id.</source>
        <translation>CHZZK says the broadcast is live but gave no chat id.</translation>
    </message>
    <message>
        <source>Cannot reach CHZZK (%1).</source>
        <translation>Cannot reach CHZZK (%1).</translation>
    </message>
    <message>
        <source>Cannot reach CHZZK&apos;s chat (%1).</source>
        <translation>Cannot reach CHZZK&apos;s chat (%1).</translation>
    </message>
    <message>
        <source>CHZZK gave no chat access (HTTP %1, code %2).</source>
        <translation>CHZZK gave no chat access (HTTP %1, code %2).</translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkSourceFactory</name>
    <message>
        <source>CHZZK</source>
        <translation>CHZZK</translation>
    </message>
    <message>
        <source>a chzzk.naver.com/live/… address or a channel id of 32 letters and digits</source>
        <translation>a chzzk.naver.com/live/… address or a channel id of 32 letters and digits</translation>
    </message>
    <message>
        <source>This broadcast is for adults only: CHZZK gives its chat only to viewers who have logged in and verified their age, and SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</source>
        <translation>This broadcast is for adults only: CHZZK gives its chat only to viewers who have logged in and verified their age, and SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::ChannelInput</name>
    <message>
        <source>Enter a streamer id or a SOOP address.</source>
        <translation>Enter a streamer id or a SOOP address.</translation>
    </message>
    <message>
        <source>“%1” is not a streamer id: ids have only letters, digits and underscores.</source>
        <translation>“%1” is not a streamer id: ids have only letters, digits and underscores.</translation>
    </message>
    <message>
        <source>“%1” is not a SOOP address. Enter a streamer id, or an address on sooplive.com, sooplive.co.kr or afreecatv.com.</source>
        <translation>“%1” is not a SOOP address. Enter a streamer id, or an address on sooplive.com, sooplive.co.kr or afreecatv.com.</translation>
    </message>
    <message>
        <source>This VOD address has no VOD number in it.</source>
        <translation>This VOD address has no VOD number in it.</translation>
    </message>
    <message>
        <source>This address has no streamer id in it.</source>
        <translation>This address has no streamer id in it.</translation>
    </message>
    <message>
        <source>“%1” is not a channel address: use a play., ch. or vod. address.</source>
        <translation>“%1” is not a channel address: use a play., ch. or vod. address.</translation>
    </message>
    <message>
        <source>“%1” looks like a nickname. Enter the streamer&apos;s id instead, the part after sooplive.co.kr/ in their channel address (e.g. gosegu2), or paste that address.</source>
        <translation>“%1” looks like a nickname. Enter the streamer&apos;s id instead, the part after sooplive.co.kr/ in their channel address (e.g. gosegu2), or paste that address.</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::LiveInfoResolver</name>
    <message>
        <source>Cannot reach SOOP (%1).</source>
        <translation>Cannot reach SOOP (%1).</translation>
    </message>
    <message>
        <source>There is no SOOP streamer with the id “%1”.</source>
        <translation>There is no SOOP streamer with the id “%1”.</translation>
    </message>
    <message>
        <source>SOOP does not know the VOD %1.</source>
        <translation>SOOP does not know the VOD %1.</translation>
    </message>
    <message>
        <source>SOOP sent an answer SoopChat does not understand.</source>
        <translation>SOOP sent an answer SoopChat does not understand.</translation>
    </message>
    <message>
        <source>SOOP refused the broadcast (code %1).</source>
        <translation>SOOP refused the broadcast (code %1).</translation>
    </message>
    <message>
        <source>SOOP says the broadcast is live but gave no chat server.</source>
        <translation>SOOP says the broadcast is live but gave no chat server.</translation>
    </message>
    <message>
        <source>its answer was larger than %1 KiB</source>
        <translation>its answer was larger than %1 KiB</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>no complete answer within %1 s</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::SoopClient</name>
    <message>
        <source>Timed out connecting to the chat server.</source>
        <translation>Timed out connecting to the chat server.</translation>
    </message>
    <message>
        <source>The chat server did not answer the login.</source>
        <translation>The chat server did not answer the login.</translation>
    </message>
    <message>
        <source>This broadcast has a password.</source>
        <translation>This broadcast has a password.</translation>
    </message>
    <message>
        <source>The chat server closed the connection.</source>
        <translation>The chat server closed the connection.</translation>
    </message>
    <message>
        <source>The chat server closed the connection: %1</source>
        <translation>The chat server closed the connection: %1</translation>
    </message>
    <message>
        <source>SOOP refused the login: %1 (%2 %3)</source>
        <translation>SOOP refused the login: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The password for this broadcast is wrong.</source>
        <translation>The password for this broadcast is wrong.</translation>
    </message>
    <message>
        <source>SOOP refused to join the chat: %1 (%2 %3)</source>
        <translation>SOOP refused to join the chat: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The chat server stopped answering.</source>
        <translation>The chat server stopped answering.</translation>
    </message>
    <message>
        <source>The broadcast ended.</source>
        <translation>The broadcast ended.</translation>
    </message>
    <message>
        <source>The connection to the chat server was lost.</source>
        <translation>The connection to the chat server was lost.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate was refused (%1). SoopChat does not fall back to an unencrypted connection; it tries again later.</source>
        <translation>The chat server&apos;s certificate was refused (%1). SoopChat does not fall back to an unencrypted connection; it tries again later.</translation>
    </message>
    <message>
        <source>The system has no network connections left for the chat (too many open files). Close other programs or overlay pages; SoopChat tries again.</source>
        <translation>The system has no network connections left for the chat (too many open files). Close other programs or overlay pages; SoopChat tries again.</translation>
    </message>
    <message>
        <source>The chat server could not be reached.</source>
        <translation>The chat server could not be reached.</translation>
    </message>
    <message>
        <source>The chat server sent a message larger than %1 MiB; it was refused.</source>
        <translation>The chat server sent a message larger than %1 MiB; it was refused.</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::SoopLiveProbe</name>
    <message>
        <source>Only a streamer&apos;s channel can be checked.</source>
        <translation>Only a streamer&apos;s channel can be checked.</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::SoopSourceFactory</name>
    <message>
        <source>SOOP</source>
        <translation>SOOP</translation>
    </message>
    <message>
        <source>a streamer id (such as gosegu2) or a play., ch. or vod. address of sooplive.com, sooplive.co.kr or afreecatv.com</source>
        <translation>a streamer id (such as gosegu2) or a play., ch. or vod. address of sooplive.com, sooplive.co.kr or afreecatv.com</translation>
    </message>
    <message>
        <source>This broadcast needs an adult-verified SOOP account.</source>
        <translation>This broadcast needs an adult-verified SOOP account.</translation>
    </message>
    <message>
        <source>This broadcast is for plus subscribers only.</source>
        <translation>This broadcast is for plus subscribers only.</translation>
    </message>
    <message>
        <source>This broadcast is for adults (19+) or for subscribers only.</source>
        <translation>This broadcast is for adults (19+) or for subscribers only.</translation>
    </message>
    <message>
        <source>SOOP lets only logged-in viewers into its chat, and SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</source>
        <translation>SOOP lets only logged-in viewers into its chat, and SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</translation>
    </message>
</context>
</TS>
