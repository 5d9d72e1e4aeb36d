<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AlertPreview</name>
    <message>
        <source>The viewer&apos;s nickname</source>
        <translation>시청자의 닉네임</translation>
    </message>
    <message>
        <source>How many (balloons, cheese, months)</source>
        <translation>개수 (별풍선, 치즈, 개월 수)</translation>
    </message>
    <message>
        <source>What was given, e.g. star balloons</source>
        <translation>받은 후원의 종류 (예: 별풍선)</translation>
    </message>
    <message>
        <source>What the viewer wrote</source>
        <translation>시청자가 쓴 메시지</translation>
    </message>
    <message>
        <source>The channel&apos;s name</source>
        <translation>채널 이름</translation>
    </message>
    <message>
        <source>Subscription months</source>
        <translation>구독 개월 수</translation>
    </message>
    <message>
        <source>SweetBear</source>
        <translation>달콤한곰</translation>
    </message>
    <message>
        <source>Evening Radio</source>
        <translation>저녁 라디오</translation>
    </message>
    <message>
        <source>Congratulations on the broadcast!</source>
        <translation>방송 축하해요!</translation>
    </message>
    <message>
        <source>ad balloons</source>
        <translation>애드벌룬</translation>
    </message>
    <message>
        <source>video balloons</source>
        <translation>영상풍선</translation>
    </message>
    <message>
        <source>cheese</source>
        <translation>치즈</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>subscription gift</source>
        <translation>구독권 선물</translation>
    </message>
    <message>
        <source>Hello everyone!</source>
        <translation>다들 안녕하세요!</translation>
    </message>
    <message>
        <source>star balloons</source>
        <translation>별풍선</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1님 입장</translation>
    </message>
    <message>
        <source>%1 is live</source>
        <translation>%1 방송 시작</translation>
    </message>
    <message>
        <source>%1 ended the broadcast</source>
        <translation>%1 방송 종료</translation>
    </message>
</context>
<context>
    <name>ChatEventText</name>
    <message>
        <source>joined the fan club as member #%1</source>
        <translation>팬클럽 %1번째 가입</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>공지</translation>
    </message>
    <message>
        <source>Admin notice</source>
        <translation>운영자 공지</translation>
    </message>
    <message>
        <source>whisper</source>
        <translation>귓속말</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>매니저 채팅</translation>
    </message>
    <message>
        <source>sticker</source>
        <translation>스티커</translation>
    </message>
    <message>
        <source>Disconnected; some messages may be missing</source>
        <translation>연결이 끊겨 일부 메시지가 빠졌을 수 있습니다</translation>
    </message>
    <message>
        <source>Disconnected %1–%2</source>
        <translation>연결 끊김 %1–%2</translation>
    </message>
    <message>
        <source>Chat frozen</source>
        <translation>채팅창 얼림</translation>
    </message>
    <message>
        <source>Chat unfrozen</source>
        <translation>채팅창 얼림 해제</translation>
    </message>
    <message>
        <source>Slow mode off</source>
        <translation>저속 모드 해제</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s)</source>
        <translation>
            <numerusform>저속 모드: %n초에 한 번 채팅 가능</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was muted for %n second(s)</source>
        <translation>
            <numerusform>%1님 %n초 채팅 금지</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was kicked out</source>
        <translation>%1님이 강제 퇴장되었습니다</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1님이 퇴장했습니다</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1님이 입장했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) joined</source>
        <translation>
            <numerusform>%1님 외 %n명이 입장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a manager</source>
        <translation>%1님이 매니저가 되었습니다</translation>
    </message>
    <message>
        <source>%1 is no longer a manager</source>
        <translation>%1님이 매니저에서 해제되었습니다</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1님이 닉네임을 %2(으)로 바꿨습니다</translation>
    </message>
    <message>
        <source>%1&apos;s badges changed</source>
        <translation>%1님의 배지가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The broadcast has ended</source>
        <translation>방송이 종료되었습니다</translation>
    </message>
    <message>
        <source>Poll updated</source>
        <translation>투표가 갱신되었습니다</translation>
    </message>
    <message>
        <source>Mission updated</source>
        <translation>미션이 갱신되었습니다</translation>
    </message>
    <message>
        <source>Broadcast status changed</source>
        <translation>방송 상태가 바뀌었습니다</translation>
    </message>
    <message>
        <source>A message could not be read</source>
        <translation>메시지를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Disconnected briefly at %1</source>
        <translation>%1에 잠깐 연결 끊김</translation>
    </message>
    <message numerus="yes">
        <source>viewers who gave %n+ balloons</source>
        <translation>
            <numerusform>별풍선 %n개 이상 선물한 시청자</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>subscribers of %n+ months</source>
        <translation>
            <numerusform>%n개월 이상 구독자</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat frozen: only %1 can chat</source>
        <translation>채팅창 얼림: %1만 채팅할 수 있어요</translation>
    </message>
    <message>
        <source>A new broadcast began: %1 (the statistics start again)</source>
        <translation>새 방송이 시작되었습니다: %1 (통계도 새로 셉니다)</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Open a channel or a recorded session first.</source>
        <translation>먼저 채널이나 기록된 방송을 여세요.</translation>
    </message>
    <message>
        <source>Recording is off, so this tab has nothing to export. Turn it on in Settings.</source>
        <translation>채팅 기록이 꺼져 있어 이 탭에는 내보낼 내용이 없습니다. 설정에서 기록을 켜세요.</translation>
    </message>
    <message>
        <source>Nothing has been recorded in this tab yet: recording starts when the broadcast does.</source>
        <translation>이 탭에는 아직 기록된 내용이 없습니다. 기록은 방송이 시작될 때 시작됩니다.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>후원</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Enter/leave</source>
        <translation>입장/퇴장</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>선택한 분류 없음</translation>
    </message>
</context>
<context>
    <name>RecordingFiles</name>
    <message>
        <source>%1 (damaged: only read, never written)</source>
        <translation>%1 (손상됨: 읽기만 하고 더 이상 쓰지 않음)</translation>
    </message>
    <message>
        <source>%1 (recorded while the main file could not be written)</source>
        <translation>%1 (기본 파일에 쓸 수 없는 동안 기록됨)</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The recording database %1 is damaged or is not a SoopChat database. It is left untouched.</source>
        <translation>기록 데이터베이스(%1)가 손상되었거나 SoopChat 데이터베이스가 아닙니다. 파일은 건드리지 않았습니다.</translation>
    </message>
    <message>
        <source>The recording database %1 is locked by another program.</source>
        <translation>다른 프로그램이 기록 데이터베이스(%1)를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>The recording database %1 cannot be written (the file or its folder is read-only).</source>
        <translation>기록 데이터베이스(%1)에 쓸 수 없습니다. 파일이나 폴더가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; new events cannot be saved until space is freed.</source>
        <translation>디스크가 가득 찼습니다(%1). 공간을 확보할 때까지 새 이벤트를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Reading or writing the recording database %1 failed.</source>
        <translation>기록 데이터베이스(%1)를 읽거나 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>The recording database %1 was written by a newer version of SoopChat.</source>
        <translation>기록 데이터베이스(%1)는 더 새로운 버전의 SoopChat에서 만들어졌습니다.</translation>
    </message>
    <message>
        <source>There is no recording database at %1.</source>
        <translation>%1에 기록 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>TotalsText</name>
    <message>
        <source>%1 (%2 star, %3 video)</source>
        <translation>%1 (별풍선 %2개, 영상풍선 %3개)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s)</source>
        <translation>
            <numerusform>풍선 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 from %3</source>
        <translation>%1 — 후원자 %3, 선물 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s) given to replays (VOD), not counted in the balloons</source>
        <translation>
            <numerusform>다시보기(VOD)에 선물한 풍선 %Ln개 (풍선 합계에는 들어가지 않음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad balloon(s)</source>
        <translation>
            <numerusform>애드벌룬 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s) given to replays (VOD)</source>
        <translation>
            <numerusform>다시보기(VOD)에 선물한 풍선 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 won</source>
        <translation>≈ %1원</translation>
    </message>
    <message>
        <source>What viewers paid for the star balloons: %1 won each, VAT included. Streamers receive less, by their grade.</source>
        <translation>시청자가 별풍선에 낸 금액입니다: 개당 %1원(부가세 포함). 스트리머는 등급에 따라 이보다 적게 받습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video balloon(s) not included: SOOP publishes no price for them.</source>
        <translation>
            <numerusform>영상풍선 %Ln개는 포함되지 않았습니다: SOOP이 가격을 공개하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %3, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>세션 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cheese</source>
        <translation>치즈 %1개</translation>
    </message>
    <message>
        <source>%1 counted at %2 won each, so balloons and cheese are added in the same won.</source>
        <translation>%1는 개당 %2원으로 계산해 별풍선과 같은 원 단위로 합산합니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertActionCard</name>
    <message>
        <source>Desktop notification</source>
        <translation>데스크톱 알림</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>소리</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>음성으로 읽기</translation>
    </message>
    <message>
        <source>Discord post</source>
        <translation>디스코드 메시지</translation>
    </message>
    <message>
        <source>Telegram message</source>
        <translation>텔레그램 메시지</translation>
    </message>
    <message>
        <source>Alert box on stream</source>
        <translation>방송 화면 알림창</translation>
    </message>
    <message>
        <source>Empty: the viewer&apos;s message is read</source>
        <translation>비워 두면 시청자의 메시지를 읽습니다</translation>
    </message>
    <message>
        <source>Empty: the usual wording</source>
        <translation>비워 두면 기본 문구</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>문구:</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>넣기:</translation>
    </message>
    <message>
        <source>The text filled in for a made-up event</source>
        <translation>가상의 후원으로 채운 문구입니다</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>웹후크:</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>봇:</translation>
    </message>
    <message>
        <source>A sound file (WAV, MP3, OGG)</source>
        <translation>소리 파일 (WAV, MP3, OGG)</translation>
    </message>
    <message>
        <source>Optional: a sound file</source>
        <translation>선택: 소리 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>Sound file:</source>
        <translation>소리 파일:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>음량:</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>동작 삭제</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>None yet: add one under Targets</source>
        <translation>아직 없음: &apos;디스코드 및 텔레그램&apos; 탭에서 추가하세요</translation>
    </message>
    <message>
        <source>Choose a sound</source>
        <translation>소리 고르기</translation>
    </message>
    <message>
        <source>Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)</source>
        <translation>소리 파일 (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertBoxRunner</name>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>파일이 아닙니다</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>%1보다 큽니다</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it is not an image (PNG, GIF, JPEG, WebP or SVG)</source>
        <translation>이미지(PNG, GIF, JPEG, WebP, SVG)가 아닙니다</translation>
    </message>
    <message>
        <source>it is not a sound (MP3, OGG, WAV, FLAC, M4A or WebM)</source>
        <translation>소리 파일(MP3, OGG, WAV, FLAC, M4A, WebM)이 아닙니다</translation>
    </message>
    <message>
        <source>the alerts name too many files</source>
        <translation>알림 설정에 파일이 너무 많습니다</translation>
    </message>
    <message>
        <source>Alert box: %1 is not used (%2); %3</source>
        <translation>알림창: %1 파일을 쓰지 않습니다(%2). %3</translation>
    </message>
    <message>
        <source>the built-in image shows instead</source>
        <translation>대신 기본 이미지를 보여 줍니다</translation>
    </message>
    <message>
        <source>no sound plays instead</source>
        <translation>대신 소리를 내지 않습니다</translation>
    </message>
    <message>
        <source>the tier&apos;s sound plays instead</source>
        <translation>대신 등급의 기본 소리를 냅니다</translation>
    </message>
    <message>
        <source>The browser-source overlay is off, so there is no alert box to show it in.</source>
        <translation>브라우저 소스 오버레이가 꺼져 있어 알림창에 보여 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a channel id an alert box can have.</source>
        <translation>“%1”은(는) 알림창에 쓸 수 있는 채널 ID가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) ahead in the alert box</source>
        <translation>
            <numerusform>알림창에서 앞선 알림 %n개를 기다리는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert box page of %1 reported showing it (is the browser source hidden or stuck?).</source>
        <translation>%1의 알림창 페이지 중 이 알림을 보여 줬다고 알린 곳이 없습니다(브라우저 소스가 숨겨졌거나 멈췄나요?).</translation>
    </message>
    <message>
        <source>No alert box page is open for %1: add its URL to OBS as a browser source.</source>
        <translation>%1의 알림창 페이지가 열려 있지 않습니다. 알림창 주소를 OBS 브라우저 소스로 추가하세요.</translation>
    </message>
    <message>
        <source>The alert box of %1 already has too many alerts waiting.</source>
        <translation>%1의 알림창에 기다리는 알림이 이미 너무 많습니다.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Test alert: %1 %2</source>
        <translation>테스트 알림: %1 %2</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertBoxTiersEditor</name>
    <message>
        <source>Small gifts</source>
        <translation>작은 후원</translation>
    </message>
    <message>
        <source>Medium gifts</source>
        <translation>중간 후원</translation>
    </message>
    <message>
        <source>Large gifts</source>
        <translation>큰 후원</translation>
    </message>
    <message>
        <source>Huge gifts</source>
        <translation>아주 큰 후원</translation>
    </message>
    <message>
        <source>from %1 star balloons</source>
        <translation>별풍선 %1개부터</translation>
    </message>
    <message>
        <source>Empty: the built-in image</source>
        <translation>비워 두면 기본 이미지</translation>
    </message>
    <message>
        <source>Empty: no sound</source>
        <translation>비워 두면 소리 없음</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>이미지 고르기</translation>
    </message>
    <message>
        <source>Images (*.png *.gif *.webp *.svg *.jpg *.jpeg);;All files (*)</source>
        <translation>이미지 (*.png *.gif *.webp *.svg *.jpg *.jpeg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a sound</source>
        <translation>소리 고르기</translation>
    </message>
    <message>
        <source>Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)</source>
        <translation>소리 파일 (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>소리:</translation>
    </message>
    <message>
        <source>Shown for:</source>
        <translation>표시 시간:</translation>
    </message>
    <message>
        <source>The on-stream alert box (/alerts/CHANNEL in OBS) shows these by the size of the gift, for rules with an &quot;Alert box on stream&quot; action.</source>
        <translation>방송 화면 알림창(OBS의 /alerts/채널)은 후원 규모에 따라 이 이미지와 소리를 보여 줍니다. 규칙에 &apos;방송 화면 알림창&apos; 동작이 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertConfigFile</name>
    <message>
        <source>Rule “%1”: unknown action “%2” left out.</source>
        <translation>규칙 “%1”: 알 수 없는 동작 “%2”은(는) 뺐습니다.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>규칙 %1</translation>
    </message>
    <message>
        <source>Rule “%1”: unknown event kind “%2” left out.</source>
        <translation>규칙 “%1”: 알 수 없는 이벤트 종류 “%2”은(는) 뺐습니다.</translation>
    </message>
    <message>
        <source>Rule “%1”: unknown role “%2” left out.</source>
        <translation>규칙 “%1”: 알 수 없는 역할 “%2”은(는) 뺐습니다.</translation>
    </message>
    <message>
        <source>The alerts file is not valid JSON (%1 at byte %2).</source>
        <translation>알림 파일이 올바른 JSON이 아닙니다(%2번째 바이트에서 %1).</translation>
    </message>
    <message>
        <source>The alerts file does not hold a JSON object.</source>
        <translation>알림 파일에 JSON 객체가 없습니다.</translation>
    </message>
    <message>
        <source>The alerts file was written by a newer SoopChat; what this version knows is read.</source>
        <translation>알림 파일을 더 새 SoopChat이 썼습니다. 이 버전이 아는 부분만 읽었습니다.</translation>
    </message>
    <message>
        <source>A target without a known kind or an id was left out.</source>
        <translation>종류나 ID를 알 수 없는 대상은 뺐습니다.</translation>
    </message>
    <message>
        <source>Alert box: unknown tier “%1” left out.</source>
        <translation>알림 박스: 알 수 없는 단계 “%1”은(는) 뺐습니다.</translation>
    </message>
    <message>
        <source>The alerts file %1 is larger than 4 MiB and was not read.</source>
        <translation>알림 파일 %1이(가) 4MiB보다 커서 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The alerts file %1 cannot be read: %2</source>
        <translation>알림 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The alerts file %1 cannot be made.</source>
        <translation>알림 파일 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The alerts file %1 cannot be written: %2</source>
        <translation>알림 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertEngine</name>
    <message>
        <source>Rule “%1”: the regular expression “%2” is not valid (%3 at %4); the rule matches nothing.</source>
        <translation>규칙 “%1”: 정규식 “%2”이(가) 올바르지 않습니다(%4번째 글자에서 %3). 이 규칙은 아무것에도 맞지 않습니다.</translation>
    </message>
    <message>
        <source>This program cannot run “%1” actions.</source>
        <translation>이 프로그램은 “%1” 동작을 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Test viewer</source>
        <translation>테스트 시청자</translation>
    </message>
    <message>
        <source>This is a test alert.</source>
        <translation>테스트 알림입니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertFallbackNotice</name>
    <message numerus="yes">
        <source>…and %n more (all of them are in the Alert History).</source>
        <translation>
            <numerusform>…외 %n개 더 (모두 알림 기록에 있습니다).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::AlertHistoryModel</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sent (attempt %1)</source>
        <translation>보냄 (%1번째 시도)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>지금 다시 시도 중</translation>
    </message>
    <message>
        <source>Retrying in %1 s</source>
        <translation>%1초 뒤 다시 시도</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>Whole alert</source>
        <translation>알림 전체</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertHistoryView</name>
    <message>
        <source>No alerts yet. When a rule fires, what became of each action shows here.</source>
        <translation>아직 알림이 없습니다. 규칙이 울리면 동작마다 어떻게 되었는지 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>Copy Reason</source>
        <translation>이유 복사</translation>
    </message>
    <message>
        <source>Copies why the selected alert failed or was skipped</source>
        <translation>고른 알림이 실패하거나 건너뛴 이유를 복사합니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertRuleEditor</name>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Star balloons</source>
        <translation>별풍선</translation>
    </message>
    <message>
        <source>Ad balloons</source>
        <translation>애드벌룬</translation>
    </message>
    <message>
        <source>Video balloons</source>
        <translation>영상풍선</translation>
    </message>
    <message>
        <source>Cheese (CHZZK)</source>
        <translation>치즈 (치지직)</translation>
    </message>
    <message>
        <source>Subscriptions and renewals</source>
        <translation>구독 및 구독 연장</translation>
    </message>
    <message>
        <source>Gifted subscriptions</source>
        <translation>구독권 선물</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>미션</translation>
    </message>
    <message>
        <source>Viewers entering</source>
        <translation>시청자 입장</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>채팅 메시지</translation>
    </message>
    <message>
        <source>Moderation (mutes, freezes)</source>
        <translation>채팅 관리 (채팅 금지, 얼리기)</translation>
    </message>
    <message>
        <source>Broadcast start and end</source>
        <translation>방송 시작과 종료</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>e.g. Big star balloons</source>
        <translation>예: 큰 별풍선</translation>
    </message>
    <message>
        <source>None checked: every kind of event.</source>
        <translation>아무것도 고르지 않으면 모든 이벤트에 울립니다.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>from</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>to</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>Donations count in their unit (balloons, cheese), subscriptions in months.</source>
        <translation>후원은 그 단위(별풍선 개수, 치즈)로, 구독은 개월 수로 셉니다.</translation>
    </message>
    <message>
        <source>Ids or nicknames, separated by commas (empty: anyone)</source>
        <translation>아이디 또는 닉네임, 쉼표로 구분 (비워 두면 누구나)</translation>
    </message>
    <message>
        <source>Any of the checked roles; none checked: anyone.</source>
        <translation>체크한 역할 중 하나라도 해당하면 울립니다. 아무것도 고르지 않으면 누구나.</translation>
    </message>
    <message>
        <source>Words in the message (empty: any)</source>
        <translation>메시지에 들어간 말 (비워 두면 무엇이든)</translation>
    </message>
    <message>
        <source>Channel ids, separated by commas (empty: every channel)</source>
        <translation>채널 아이디, 쉼표로 구분 (비워 두면 모든 채널)</translation>
    </message>
    <message>
        <source>same viewer:</source>
        <translation>같은 시청자:</translation>
    </message>
    <message>
        <source>After firing, the rule waits this long (and this long for the same viewer).</source>
        <translation>알림이 울린 뒤 이 규칙은 이만큼 기다립니다 (같은 시청자는 오른쪽 시간만큼).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>이벤트:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>수량:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>문구:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>채널:</translation>
    </message>
    <message>
        <source>Cool-down:</source>
        <translation>재알림 대기:</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>동작 추가</translation>
    </message>
    <message>
        <source>Test This Rule</source>
        <translation>이 규칙 시험</translation>
    </message>
    <message>
        <source>Runs every action with a made-up event, ignoring the conditions and cool-downs.</source>
        <translation>조건과 재알림 대기를 무시하고 가상의 이벤트로 모든 동작을 실행합니다.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>The regular expression is invalid at character %2: %1</source>
        <translation>정규식 오류 (%2번째 글자): %1</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>최소 </translation>
    </message>
    <message>
        <source> won</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Donations worth at least this much in won (a star balloon is %1 won, a cheese %2 won). A gift without a price in won never matches.</source>
        <translation>후원의 원화 가치(별풍선 하나 %1원, 치즈 하나 %2원)가 이만큼 이상일 때. 원화 값이 없는 선물은 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Worth:</source>
        <translation>금액:</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertSpeechEditor</name>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual voice</source>
        <translation>비워 두면 그 언어의 기본 목소리</translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right</source>
        <translation>왼쪽은 느리게, 오른쪽은 빠르게</translation>
    </message>
    <message>
        <source> characters</source>
        <translation>자</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>한 줄에 한 단어 또는 문구</translation>
    </message>
    <message>
        <source>These are never read out: a beep is said instead (any case).</source>
        <translation>이 말은 읽지 않고 &quot;삐&quot;로 바꿉니다 (대소문자 구분 없음).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>목소리:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>음량:</translation>
    </message>
    <message>
        <source>Read at most:</source>
        <translation>최대 읽는 길이:</translation>
    </message>
    <message>
        <source>Never say:</source>
        <translation>읽지 않을 말:</translation>
    </message>
    <message>
        <source>Speech is heard only for rules with a &quot;Read aloud&quot; action.</source>
        <translation>음성은 규칙에 &apos;음성으로 읽기&apos; 동작이 있을 때만 나옵니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertTargetsEditor</name>
    <message>
        <source>Discord</source>
        <translation>디스코드</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>텔레그램</translation>
    </message>
    <message>
        <source>Keep in Keychain</source>
        <translation>키체인에 보관</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Send a Test</source>
        <translation>시험 전송</translation>
    </message>
    <message>
        <source>e.g. #donations</source>
        <translation>예: #후원-알림</translation>
    </message>
    <message>
        <source>e.g. -1001234567890 or @mychannel</source>
        <translation>예: -1001234567890 또는 @내채널</translation>
    </message>
    <message>
        <source>Sends a test message to this target.</source>
        <translation>이 대상에 시험 메시지를 보냅니다.</translation>
    </message>
    <message>
        <source>Add Discord Webhook</source>
        <translation>디스코드 웹후크 추가</translation>
    </message>
    <message>
        <source>Add Telegram Bot</source>
        <translation>텔레그램 봇 추가</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Webhook addresses and bot tokens are kept only in the system keychain, never in the settings or alerts files.</source>
        <translation>웹후크 주소와 봇 토큰은 운영체제의 키체인에만 보관하며, 설정 파일이나 알림 파일에는 절대 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Add a Discord webhook or a Telegram bot, and rules&apos; actions can post there.</source>
        <translation>디스코드 웹후크나 텔레그램 봇을 추가하면 규칙의 동작이 그곳으로 알림을 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>webhook address</source>
        <translation>웹후크 주소</translation>
    </message>
    <message>
        <source>bot token</source>
        <translation>봇 토큰</translation>
    </message>
    <message>
        <source>Discord webhook</source>
        <translation>디스코드 웹후크</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>텔레그램 봇</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Chat id:</source>
        <translation>채팅 아이디:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>봇 토큰:</translation>
    </message>
    <message>
        <source>Webhook address:</source>
        <translation>웹후크 주소:</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new one to replace it</source>
        <translation>키체인에 보관됨. 바꾸려면 새로 입력하세요</translation>
    </message>
    <message>
        <source>Paste the token from @BotFather</source>
        <translation>@BotFather가 준 토큰을 붙여 넣으세요</translation>
    </message>
    <message>
        <source>Paste the address from Discord&apos;s channel settings</source>
        <translation>디스코드 채널 설정의 웹후크 주소를 붙여 넣으세요</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>운영체제의 키체인에 보관했습니다.</translation>
    </message>
    <message>
        <source>The keychain refused to keep it (%2). The %1 was not saved anywhere.</source>
        <translation>키체인이 보관을 거부했습니다(%2). %1은(는) 어디에도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>No keychain answered, so the %1 was not saved anywhere. SoopChat keeps webhook addresses and bot tokens only in the system keychain (GNOME Keyring, KWallet): start or unlock one, then press the button again.</source>
        <translation>응답하는 키체인이 없어 %1을(를) 어디에도 저장하지 않았습니다. SoopChat은 웹후크 주소와 봇 토큰을 운영체제의 키체인(GNOME 키링, KWallet)에만 보관합니다. 키체인을 켜거나 잠금을 푼 뒤 버튼을 다시 누르세요.</translation>
    </message>
</context>
<context>
    <name>soopchat::AlertsSettingsPage</name>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Parts of the alerts file %1 could not be read; OK writes back what was read:</source>
        <translation>알림 파일 %1에서 읽지 못한 부분이 있습니다. 확인을 누르면 읽은 내용으로 다시 씁니다:</translation>
    </message>
    <message>
        <source>Unchecked rules are kept but do not fire.</source>
        <translation>체크를 끈 규칙은 지우지 않고 멈춰 둡니다.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>Add a rule to be alerted to star balloons, subscriptions, a top fan entering…</source>
        <translation>규칙을 추가하면 별풍선, 구독, 열혈팬 입장 같은 순간에 알림을 받을 수 있습니다…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Discord &amp;&amp; Telegram</source>
        <translation>디스코드 및 텔레그램</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Alert Box</source>
        <translation>알림창</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(이름 없는 규칙)</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>새 규칙 %1</translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation>비밀 정보를 저장하지 못함</translation>
    </message>
    <message>
        <source>Alerts not saved</source>
        <translation>알림 설정을 저장하지 못함</translation>
    </message>
    <message>
        <source>The alerts could not be written to %1: %2</source>
        <translation>%1에 알림 설정을 쓰지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>soopchat::AppContext</name>
    <message>
        <source>The overlay address could not be kept in %1, so it works only until SoopChat quits. After the next start, copy it into OBS again.</source>
        <translation>오버레이 주소를 %1에 보관하지 못해 SoopChat을 끌 때까지만 유효합니다. 다음에 시작한 뒤 OBS에 다시 복사하세요.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the overlay address (%1). It works only until SoopChat quits: after the next start, copy it into OBS again. To keep it, choose &quot;Keep the overlay address in a file only you can read&quot; in the settings.</source>
        <translation>오버레이 주소를 보관할 키체인이 없습니다(%1). 이 주소는 SoopChat을 끌 때까지만 유효하므로 다음에 시작한 뒤 OBS에 다시 복사해야 합니다. 주소를 유지하려면 설정에서 &quot;오버레이 주소를 나만 읽을 수 있는 파일에 보관&quot;을 켜세요.</translation>
    </message>
</context>
<context>
    <name>soopchat::AppearanceActions</name>
    <message>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <source>Same as the &amp;Desktop</source>
        <translation>데스크톱과 같게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>어둡게(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>채팅 크게(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>채팅 작게(&amp;U)</translation>
    </message>
    <message>
        <source>Co&amp;mpact Rows</source>
        <translation>촘촘한 줄(&amp;M)</translation>
    </message>
    <message>
        <source>Always on To&amp;p</source>
        <translation>항상 위(&amp;P)</translation>
    </message>
    <message>
        <source>Window &amp;Opacity</source>
        <translation>창 불투명도(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1 %)</source>
        <translation>원래 크기(&amp;A) (지금 %1 %)</translation>
    </message>
</context>
<context>
    <name>soopchat::AppearancePage</name>
    <message>
        <source>Use the system font</source>
        <translation>시스템 글꼴 사용</translation>
    </message>
    <message>
        <source>Compact rows (less padding, smaller badges)</source>
        <translation>촘촘한 줄 (여백과 배지를 작게)</translation>
    </message>
    <message>
        <source>Keep the main window above other windows</source>
        <translation>메인 창을 항상 다른 창 위에 두기</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>데스크톱과 같게</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Dark when the desktop uses a dark theme, light otherwise.</source>
        <translation>데스크톱이 어두운 테마를 쓰면 어둡게, 아니면 밝게 보입니다.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 포인트</translation>
    </message>
    <message>
        <source>Also Ctrl+wheel and Ctrl+plus/minus over the chat; Ctrl+0 goes back to 100 %.</source>
        <translation>채팅 목록 위에서 Ctrl+휠, Ctrl+더하기/빼기로도 바꿀 수 있고, Ctrl+0을 누르면 100 %로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Lets what is below show through, over a game or the stream. The window manager must support it.</source>
        <translation>게임이나 방송 화면 위에 띄워 둘 때 아래가 비쳐 보이게 합니다. 창 관리자가 지원해야 합니다.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>채팅 목록</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>글꼴:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>확대:</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>메인 창</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>불투명도:</translation>
    </message>
</context>
<context>
    <name>soopchat::Badges</name>
    <message>
        <source>Streamer</source>
        <translation>BJ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <source>Top fan</source>
        <translation>열혈팬</translation>
    </message>
    <message>
        <source>Fan club</source>
        <translation>팬클럽</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>구독자</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>서포터</translation>
    </message>
    <message numerus="yes">
        <source>Subscriber, %n month(s)</source>
        <translation>
            <numerusform>구독 %n개월째</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::ChannelBar</name>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Watch this channel&apos;s chat in a new tab (Enter)</source>
        <translation>이 채널의 채팅을 새 탭에서 봅니다 (Enter)</translation>
    </message>
    <message>
        <source>Streamer id or address (%1)…</source>
        <translation>스트리머 아이디 또는 주소 (%1)…</translation>
    </message>
</context>
<context>
    <name>soopchat::ChannelTab</name>
    <message>
        <source>Recording goes on in a new file: %1</source>
        <translation>새 파일에 이어서 기록합니다: %1</translation>
    </message>
    <message>
        <source>Recording stopped at %1: %2</source>
        <translation>%1에 기록이 멈췄습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recording works again since %1; %n event(s) could not be saved meanwhile (the recording marks the gap).</source>
        <translation>
            <numerusform>%1부터 다시 기록합니다. 그동안 이벤트 %n개를 저장하지 못했습니다(기록에 누락 구간으로 표시됨).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording works again since %1; nothing was lost.</source>
        <translation>%1부터 다시 기록합니다. 잃은 이벤트는 없습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatDelegate</name>
    <message>
        <source>%1 (%2): click for the user card</source>
        <translation>%1 (%2): 클릭하면 사용자 정보를 봅니다</translation>
    </message>
    <message>
        <source>Malformed packet: %1</source>
        <translation>잘못된 패킷: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shortened in the list: %n character(s) in all. Ctrl+C copies the whole message.</source>
        <translation>
            <numerusform>목록에는 줄여서 보여 줍니다: 모두 %n자. Ctrl+C를 누르면 메시지 전체를 복사합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>OGQ sticker</source>
        <translation>OGQ 스티커</translation>
    </message>
    <message>
        <source>Emoticon %1</source>
        <translation>이모티콘 %1</translation>
    </message>
    <message>
        <source>The image could not be loaded: %1</source>
        <translation>이미지를 불러오지 못함: %1</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatSearchBar</name>
    <message>
        <source>Search: words, from:nickname, type:balloon</source>
        <translation>검색: 단어, from:닉네임, type:balloon</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>검색 닫기 (Esc)</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatSources</name>
    <message>
        <source>This is not a channel SoopChat can open.</source>
        <translation>SoopChat에서 열 수 없는 채널입니다.</translation>
    </message>
    <message>
        <source>Enter a streamer id or a channel address.</source>
        <translation>스트리머 아이디나 채널 주소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>soopchat::ChatView</name>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Show chat messages</source>
        <translation>채팅 메시지 표시</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>후원</translation>
    </message>
    <message>
        <source>Show balloons and other donations</source>
        <translation>별풍선 등 후원 표시</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Show subscriptions, renewals and gifts</source>
        <translation>구독, 구독 연장, 구독권 선물 표시</translation>
    </message>
    <message>
        <source>Enter/leave</source>
        <translation>입장/퇴장</translation>
    </message>
    <message>
        <source>Show viewers entering and leaving</source>
        <translation>시청자 입장과 퇴장 표시</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Show notices, freezes, mutes and other system messages</source>
        <translation>공지, 채팅창 얼림, 채팅 금지 등 시스템 메시지 표시</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Show the time of each message</source>
        <translation>메시지마다 시간 표시</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search the chat (%1)</source>
        <translation>채팅 검색 (%1)</translation>
    </message>
    <message>
        <source>Unknown type: %1</source>
        <translation>알 수 없는 유형: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>새 메시지 %n개 ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy nickname</source>
        <translation>닉네임 복사</translation>
    </message>
    <message>
        <source>Show user card</source>
        <translation>사용자 정보 보기</translation>
    </message>
    <message>
        <source>Show only messages from %1</source>
        <translation>%1님의 메시지만 보기</translation>
    </message>
    <message>
        <source>Show only messages from this role (none chosen: everyone)</source>
        <translation>이 역할의 메시지만 보기 (아무것도 고르지 않으면 모두)</translation>
    </message>
</context>
<context>
    <name>soopchat::ConnectionBanner</name>
    <message>
        <source>Connecting to the chat server…</source>
        <translation>채팅 서버에 연결하는 중…</translation>
    </message>
    <message>
        <source>Joining the chat…</source>
        <translation>채팅방에 입장하는 중…</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>방송 중: %1</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>%1 Reconnecting now…</source>
        <translation>%1 지금 다시 연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%1 %n초 후 다시 연결합니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not live right now.</source>
        <translation>%1 채널은 지금 방송 중이 아닙니다.</translation>
    </message>
    <message>
        <source>The broadcast has ended.</source>
        <translation>방송이 종료되었습니다.</translation>
    </message>
    <message>
        <source>SoopChat joins by itself when the next broadcast starts.</source>
        <translation>다음 방송이 시작되면 SoopChat이 자동으로 입장합니다.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>지금 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation>
            <numerusform>%n초 후 다시 확인합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>That password is wrong. Enter the broadcast&apos;s password to join.</source>
        <translation>비밀번호가 틀렸습니다. 방송 비밀번호를 입력해 입장하세요.</translation>
    </message>
    <message>
        <source>This broadcast has a password. Enter it to join the chat.</source>
        <translation>비밀번호가 걸린 방송입니다. 비밀번호를 입력하면 채팅에 입장합니다.</translation>
    </message>
    <message>
        <source>no details given.</source>
        <translation>자세한 안내가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>%n초 후 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>연결이 종료되었습니다.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>지금 시도</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>탭 닫기</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Looking up %1 on %2…</source>
        <translation>%2에서 %1 채널을 찾는 중…</translation>
    </message>
    <message>
        <source>Only logged-in viewers may join this broadcast&apos;s chat.</source>
        <translation>이 방송의 채팅에는 로그인한 시청자만 입장할 수 있습니다.</translation>
    </message>
    <message>
        <source>SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</source>
        <translation>SoopChat은 게스트로 시청하므로 입장할 수 없습니다. 방송이 공개될 수도 있으니 계속 확인합니다.</translation>
    </message>
    <message>
        <source>%1 is under maintenance: %2</source>
        <translation>%1 점검 중: %2</translation>
    </message>
    <message>
        <source>There is no %1 channel “%2”.</source>
        <translation>%1에 “%2” 채널이 없습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::DeliveryQueue</name>
    <message>
        <source>Not sent: the queue for this target is full (%1 alerts waiting; the network or the service is down)</source>
        <translation>보내지 않음: 이 대상의 대기열이 가득 찼습니다(알림 %1개 대기 중, 네트워크나 서비스가 멈춘 상태)</translation>
    </message>
    <message>
        <source>%1 after the alert was sent: it may have arrived, so it is not sent again</source>
        <translation>알림을 보낸 뒤 %1: 이미 도착했을 수 있으므로 다시 보내지 않습니다</translation>
    </message>
    <message>
        <source>Given up at attempt %1: %2</source>
        <translation>%1번째 시도에서 포기했습니다: %2</translation>
    </message>
    <message>
        <source>No answer in %1 s</source>
        <translation>%1초 안에 응답이 없었습니다</translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <source>The service closed the connection</source>
        <translation>서비스가 연결을 끊었습니다</translation>
    </message>
    <message>
        <source>The service&apos;s address was not found (is the network down?)</source>
        <translation>서비스 주소를 찾지 못했습니다(네트워크가 끊겼나요?)</translation>
    </message>
    <message>
        <source>The secure connection could not be made</source>
        <translation>보안 연결을 맺지 못했습니다</translation>
    </message>
    <message>
        <source>The network is down</source>
        <translation>네트워크가 끊겼습니다</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>연결 시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation>네트워크 오류 %1</translation>
    </message>
</context>
<context>
    <name>soopchat::DeliveryRunner</name>
    <message>
        <source>The target was removed from the alerts before this alert was sent</source>
        <translation>이 알림을 보내기 전에 대상이 알림 설정에서 삭제되었습니다</translation>
    </message>
    <message>
        <source>The action names no %1 target</source>
        <translation>동작에 %1 대상이 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>The %1 target “%2” is not in the alerts file</source>
        <translation>%1 대상 “%2”이(가) 알림 파일에 없습니다</translation>
    </message>
    <message>
        <source>No %1 is stored for “%2”: set it in Settings → Alerts, or with soopchat-cli alerts set-secret %3</source>
        <translation>“%2”의 %1이(가) 저장되어 있지 않습니다: 설정 → 알림에서 넣거나 soopchat-cli alerts set-secret %3 으로 저장하세요</translation>
    </message>
    <message>
        <source>The keychain refused to give the %1 of “%2”, so nothing was sent</source>
        <translation>키체인이 “%2”의 %1을(를) 내주지 않아 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>No keychain is available: the %1 of “%2” is kept only in the OS keychain (GNOME Keyring, KWallet), so nothing was sent</source>
        <translation>사용할 수 있는 키체인이 없습니다: “%2”의 %1은(는) OS 키체인(GNOME Keyring, KWallet)에만 보관하므로 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>The %1 of “%2” in the keychain is empty</source>
        <translation>키체인에 있는 “%2”의 %1이(가) 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>soopchat::DesktopNotifier</name>
    <message>
        <source>There is no D-Bus session.</source>
        <translation>D-Bus 세션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::DiscordRunner</name>
    <message>
        <source>webhook address</source>
        <translation>웹후크 주소</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>The webhook address of “%1” in the keychain is not a Discord webhook address (https://discord.com/api/webhooks/…)</source>
        <translation>키체인에 있는 “%1”의 웹후크 주소가 Discord 웹후크 주소(https://discord.com/api/webhooks/…)가 아닙니다</translation>
    </message>
    <message>
        <source>Discord&apos;s rate limit</source>
        <translation>Discord 전송 한도</translation>
    </message>
    <message>
        <source>Discord answered HTTP %1</source>
        <translation>Discord가 HTTP %1로 응답했습니다</translation>
    </message>
    <message>
        <source>Discord refused the post: %1 (HTTP %2)</source>
        <translation>Discord가 게시를 거부했습니다: %1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>soopchat::EventWords</name>
    <message numerus="yes">
        <source>sent %Ln star balloon(s)</source>
        <translation>
            <numerusform>별풍선 %Ln개 선물</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln ad balloon(s)</source>
        <translation>
            <numerusform>애드벌룬 %Ln개 선물</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln video balloon(s)</source>
        <translation>
            <numerusform>영상풍선 %Ln개 선물</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln VOD balloon(s)</source>
        <translation>
            <numerusform>VOD 별풍선 %Ln개 선물</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln station ad balloon(s)</source>
        <translation>
            <numerusform>방송국 애드벌룬 %Ln개 선물</numerusform>
        </translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>신규 구독</translation>
    </message>
    <message numerus="yes">
        <source>subscribed for %Ln month(s)</source>
        <translation>
            <numerusform>구독 연장 (%Ln개월째)</numerusform>
        </translation>
    </message>
    <message>
        <source>gifted a subscription to %1</source>
        <translation>%1님에게 구독권 선물</translation>
    </message>
    <message numerus="yes">
        <source>star balloon(s)</source>
        <translation>
            <numerusform>별풍선</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ad balloon(s)</source>
        <translation>
            <numerusform>애드벌룬</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>video balloon(s)</source>
        <translation>
            <numerusform>영상풍선</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VOD balloon(s)</source>
        <translation>
            <numerusform>VOD 별풍선</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>station ad balloon(s)</source>
        <translation>
            <numerusform>방송국 애드벌룬</numerusform>
        </translation>
    </message>
    <message>
        <source>cheese</source>
        <translation>치즈</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>gifted subscription</source>
        <translation>구독권</translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln cheese</source>
        <translation>
            <numerusform>치즈 %Ln개 후원</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln cheese with a video</source>
        <translation>
            <numerusform>영상 후원 치즈 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln cheese for a mission</source>
        <translation>
            <numerusform>미션 후원 치즈 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::ExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines 파일 (*.jsonl)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 파일</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>내보낼 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The end of the time range must come after its start.</source>
        <translation>끝 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>폴더가 아닌 파일 이름을 지정하세요: %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 파일로 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>이벤트 %n개를 %1 파일로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The session could not be exported.</source>
        <translation>방송 기록을 내보내지 못했습니다.</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>방송 기록 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>%1 · recorded %2 · %n event(s)</source>
        <translation>
            <numerusform>%1 · %2 기록 · 이벤트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · the current recording</source>
        <translation>%1 · 지금 기록 중</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>CSV — for spreadsheets (Excel, LibreOffice, Google Sheets)</source>
        <translation>CSV — 스프레드시트용 (Excel, LibreOffice, Google 스프레드시트)</translation>
    </message>
    <message>
        <source>JSONL — every detail, one event per line</source>
        <translation>JSONL — 모든 정보 포함, 한 줄에 이벤트 하나</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>방송 전체</translation>
    </message>
    <message>
        <source>A time range:</source>
        <translation>시간 범위:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>What the chat list shows (its categories and search):</source>
        <translation>채팅 목록에 보이는 것만 (분류와 검색 조건):</translation>
    </message>
    <message>
        <source>This tab has no chat list filter.</source>
        <translation>이 탭에는 채팅 목록 필터가 없습니다.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Exported in part</source>
        <translation>일부만 내보냄</translation>
    </message>
</context>
<context>
    <name>soopchat::FavouritesPanel</name>
    <message>
        <source>Only a streamer&apos;s channel can be a favourite, not a recording.</source>
        <translation>녹화가 아닌 스트리머의 채널만 즐겨찾기에 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>Live, for logged-in viewers only</source>
        <translation>방송 중, 로그인한 시청자만 볼 수 있음</translation>
    </message>
    <message>
        <source>Live, for logged-in viewers only: %1</source>
        <translation>방송 중, 로그인한 시청자만 볼 수 있음: %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>방송 중</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>방송 중: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>시청자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>방송 안 함</translation>
    </message>
    <message>
        <source>Open in a tab</source>
        <translation>탭에 열려 있음</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <source>No such channel</source>
        <translation>없는 채널</translation>
    </message>
    <message>
        <source>Unknown: the service is under maintenance</source>
        <translation>알 수 없음: 서비스 점검 중</translation>
    </message>
    <message>
        <source>Unknown: cannot check now</source>
        <translation>알 수 없음: 지금은 확인할 수 없음</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>알 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 (last known; cannot check now)</source>
        <translation>%1 (마지막 확인 상태, 지금은 확인할 수 없음)</translation>
    </message>
    <message>
        <source>%1 · open in a tab</source>
        <translation>%1 · 탭에 열려 있음</translation>
    </message>
    <message>
        <source>Add a channel…</source>
        <translation>채널 추가…</translation>
    </message>
    <message>
        <source>Add this channel to the favourites</source>
        <translation>이 채널을 즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>Remove the selected favourite</source>
        <translation>선택한 즐겨찾기 삭제</translation>
    </message>
</context>
<context>
    <name>soopchat::FavouritesSettingsPage</name>
    <message>
        <source>Show a desktop notification when a favourite goes live</source>
        <translation>즐겨찾기 채널이 방송을 시작하면 데스크톱 알림 표시</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>One channel at a time, a few seconds apart, and less often while the service has trouble. Channels open in a tab are not checked: their tab knows.</source>
        <translation>한 번에 한 채널씩 몇 초 간격을 두고 확인하며, 서비스에 문제가 있는 동안에는 덜 자주 확인합니다. 탭에 열린 채널은 탭이 상태를 알고 있으므로 확인하지 않습니다.</translation>
    </message>
    <message>
        <source>Check each favourite every</source>
        <translation>즐겨찾기마다 확인 간격</translation>
    </message>
</context>
<context>
    <name>soopchat::HighlightsPanel</name>
    <message>
        <source>Highlights</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>Highlighted messages of every open channel. Click one to go to its channel.</source>
        <translation>열린 모든 채널의 하이라이트된 메시지입니다. 누르면 그 채널로 갑니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::HistoryWindow</name>
    <message>
        <source>The search failed: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The newest %1 messages containing “%2”</source>
        <translation>“%2” 검색 결과 중 최근 메시지 %1개</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) containing “%1”</source>
        <translation>
            <numerusform>“%1” 검색 결과: 메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No recorded message contains “%1”.</source>
        <translation>“%1” 검색 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Reading the recorded sessions…</source>
        <translation>방송 기록을 읽는 중…</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.
Every channel you open is recorded while its tab is open, and its sessions appear here.</source>
        <translation>아직 기록된 방송이 없습니다.
채널을 열면 탭이 열려 있는 동안 채팅이 기록되고, 그 방송이 여기에 나타납니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>방송 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events recorded</source>
        <translation>이벤트 %1개 기록됨</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s).</source>
        <translation>
            <numerusform>이벤트 %n개를 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session History — SoopChat</source>
        <translation>방송 기록 — SoopChat</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>기록된 방송</translation>
    </message>
    <message>
        <source>Search every recorded message (any part of a word, Korean too)</source>
        <translation>기록된 모든 메시지 검색 (단어 일부, 한글 검색 가능)</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>목록 새로 고침</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Show the session in a tab of the main window (search results: at that moment)</source>
        <translation>메인 창의 탭에서 방송 기록 보기 (검색 결과는 그 시점으로 이동)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Found damaged on %1 (%2). SoopChat never writes it again; what can still be read is shown and exported.</source>
        <translation>%1에 손상이 발견되었습니다(%2). SoopChat은 이 파일에 다시 쓰지 않으며, 아직 읽을 수 있는 내용은 표시하고 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>This file is damaged: what can still be read is shown and exported.</source>
        <translation>손상된 파일입니다: 아직 읽을 수 있는 내용만 표시하고 내보냅니다.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Every session of this channel&apos;s broadcast day: recordings split by a restart, a reconnect or the broadcast ending and coming back are added up.</source>
        <translation>이 채널의 같은 방송일의 모든 세션입니다: 프로그램 재시작, 재연결, 방송 종료 후 재시작으로 나뉜 녹화를 합산합니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::ImageCache</name>
    <message>
        <source>not an image address this app fetches</source>
        <translation>이 앱이 가져오지 않는 이미지 주소</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>이미지가 아님 (%1)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>이미지가 아님</translation>
    </message>
    <message>
        <source>%1 x %2 pixels is too large</source>
        <translation>%1 x %2 픽셀은 너무 큼</translation>
    </message>
</context>
<context>
    <name>soopchat::LinkOpener</name>
    <message>
        <source>Open link?</source>
        <translation>링크를 열까요?</translation>
    </message>
    <message>
        <source>This link goes to %1.</source>
        <translation>이 링크는 %1(으)로 연결됩니다.</translation>
    </message>
    <message>
        <source>The address is written with international characters and can look exactly like a well-known site. Check it carefully.</source>
        <translation>이 주소에는 국제 문자가 들어 있어 잘 알려진 사이트와 똑같아 보일 수 있습니다. 주소를 잘 확인하세요.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
</context>
<context>
    <name>soopchat::LiveAlerts</name>
    <message>
        <source>%1 is live</source>
        <translation>%1 방송 시작</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>시청자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
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
        <translation>제목 없는 방송</translation>
    </message>
    <message>
        <source>watching for %1</source>
        <translation>%1째 보는 중</translation>
    </message>
    <message numerus="yes">
        <source>%n chatter(s)</source>
        <translation>
            <numerusform>채팅 참여 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● 방송 중</translation>
    </message>
    <message>
        <source>just joined</source>
        <translation>방금 들어옴</translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n s</source>
        <translation>
            <numerusform>%n초째 받은 것이 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>unencrypted: the TLS chat port could not be reached</source>
        <translation>암호화 안 됨: TLS 채팅 포트에 연결할 수 없음</translation>
    </message>
</context>
<context>
    <name>soopchat::LiveWatcher</name>
    <message>
        <source>SoopChat cannot check this platform&apos;s channels.</source>
        <translation>SoopChat은 이 플랫폼의 채널을 확인할 수 없습니다.</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Channel…</source>
        <translation>채널 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Session &amp;History…</source>
        <translation>방송 기록(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s recorded session as CSV or JSONL</source>
        <translation>이 탭의 방송 기록을 CSV나 JSONL로 저장</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Statistics Panel</source>
        <translation>통계 패널(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Time</source>
        <translation>시간 표시(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find in Chat…</source>
        <translation>채팅에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>최신 메시지로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>채널(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>지금 다시 연결(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;Overlay URL</source>
        <translation>오버레이 주소 복사(&amp;O)</translation>
    </message>
    <message>
        <source>The address of this channel&apos;s overlay, for an OBS browser source</source>
        <translation>OBS 브라우저 소스에 넣을 이 채널의 오버레이 주소</translation>
    </message>
    <message>
        <source>&amp;Pop Out Overlay Window</source>
        <translation>오버레이 창 띄우기(&amp;P)</translation>
    </message>
    <message>
        <source>This channel&apos;s chat in its own window, for OBS window capture</source>
        <translation>이 채널의 채팅을 별도 창으로 띄웁니다 (OBS 윈도우 캡처용)</translation>
    </message>
    <message>
        <source>Overlay &amp;Window Options…</source>
        <translation>오버레이 창 설정(&amp;W)…</translation>
    </message>
    <message>
        <source>Overlay Window Click-&amp;Through</source>
        <translation>오버레이 창 클릭 통과(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SoopChat</source>
        <translation>SoopChat 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Demo: simulated broadcasts on this computer</source>
        <translation>데모: 이 컴퓨터의 가상 방송</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>기록 안 함</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>기록 중</translation>
    </message>
    <message>
        <source>Overlay on port %1</source>
        <translation>오버레이 포트 %1</translation>
    </message>
    <message>
        <source>Overlay off</source>
        <translation>오버레이 꺼짐</translation>
    </message>
    <message>
        <source>Recording: problem</source>
        <translation>기록: 문제 발생</translation>
    </message>
    <message>
        <source>Clicks now pass through the overlay window. %1 turns it off again.</source>
        <translation>이제 클릭이 오버레이 창을 통과합니다. %1 키로 다시 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>The overlay window can be clicked again.</source>
        <translation>오버레이 창을 다시 클릭할 수 있습니다.</translation>
    </message>
    <message>
        <source>Overlay unavailable</source>
        <translation>오버레이를 사용할 수 없음</translation>
    </message>
    <message>
        <source>The overlay server is not running: %1</source>
        <translation>오버레이 서버가 실행되고 있지 않습니다: %1</translation>
    </message>
    <message>
        <source>Overlay address copied. In OBS add a Browser source, paste it as the URL and make it 400×600.</source>
        <translation>오버레이 주소를 복사했습니다. OBS에서 브라우저 소스를 추가해 URL에 붙여 넣고 크기를 400×600으로 하세요.</translation>
    </message>
    <message>
        <source>About SoopChat</source>
        <translation>SoopChat 정보</translation>
    </message>
    <message>
        <source>SoopChat cannot open channels of this platform here.</source>
        <translation>SoopChat은 여기서 이 플랫폼의 채널을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Overlay: port %1 busy, on %2 for now</source>
        <translation>오버레이: 포트 %1 사용 중, 지금은 %2</translation>
    </message>
    <message>
        <source>Another program uses port %1, so the overlay runs on port %2 this time. Browser sources in OBS stay blank until that port is free again or you copy the new address. (%3)</source>
        <translation>다른 프로그램이 포트 %1을(를) 쓰고 있어서 이번에는 포트 %2에서 오버레이를 엽니다. OBS의 브라우저 소스는 그 포트가 다시 비거나 새 주소를 복사할 때까지 비어 보입니다. (%3)</translation>
    </message>
    <message>
        <source>Overlay: cannot accept connections</source>
        <translation>오버레이: 연결을 받을 수 없음</translation>
    </message>
    <message>
        <source>Overlay on port %1 (address for this run only)</source>
        <translation>오버레이 포트 %1 (주소는 이번 실행에만 유효)</translation>
    </message>
    <message>
        <source>The overlay address changes at the next start; the overlay port at the right says why.</source>
        <translation>다음에 시작하면 오버레이 주소가 바뀝니다. 까닭은 오른쪽 오버레이 포트에 있습니다.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>Overlay: problem</source>
        <translation>오버레이: 문제 있음</translation>
    </message>
    <message>
        <source>%1 is in the favourites.</source>
        <translation>%1 채널을 즐겨찾기에 넣었습니다.</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>F&amp;avourites</source>
        <translation>즐겨찾기(&amp;A)</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>즐겨찾기에 추가(&amp;F)</translation>
    </message>
    <message>
        <source>The alerts file has problems: %1</source>
        <translation>알림 규칙 파일에 문제가 있습니다: %1</translation>
    </message>
    <message>
        <source>Alert box address copied: add it to OBS as a browser source.</source>
        <translation>알림 박스 주소를 복사했습니다. OBS에 브라우저 소스로 추가하세요.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>This is a test alert.</source>
        <translation>테스트 알림입니다.</translation>
    </message>
    <message>
        <source>SoopChat test alert: if you can read this, alerts reach “%1”.</source>
        <translation>SoopChat 테스트 알림: 이 글이 보이면 알림이 “%1”에 닿습니다.</translation>
    </message>
    <message>
        <source>Alert &amp;Box</source>
        <translation>알림 박스(&amp;B)</translation>
    </message>
    <message>
        <source>Copy Alert Box &amp;URL</source>
        <translation>알림 박스 주소 복사(&amp;U)</translation>
    </message>
    <message>
        <source>The address of this channel&apos;s alert box, for an OBS browser source</source>
        <translation>이 채널의 후원 알림 페이지 주소(OBS 브라우저 소스용)</translation>
    </message>
    <message>
        <source>Send a &amp;Test Alert</source>
        <translation>테스트 알림 보내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause Alerts</source>
        <translation>알림 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Skip Current Alert</source>
        <translation>지금 알림 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Replay Last Alert</source>
        <translation>마지막 알림 다시 보기(&amp;R)</translation>
    </message>
    <message>
        <source>Alert History</source>
        <translation>알림 기록</translation>
    </message>
    <message>
        <source>A&amp;lert History</source>
        <translation>알림 기록(&amp;L)</translation>
    </message>
    <message>
        <source>SoopChat %1

A native chat viewer for Korean live streams (%2): live chat with badges, donations and subscriptions, statistics, recording and an OBS overlay. It joins as a guest, exactly as the services&apos; own web players do.</source>
        <translation>SoopChat %1

한국 라이브 방송(%2)용 데스크톱 채팅 뷰어입니다. 배지, 후원, 구독이 보이는 실시간 채팅과 통계, 채팅 기록, OBS 오버레이를 제공합니다. 각 서비스의 웹 플레이어와 똑같이 게스트로 입장합니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::NotificationRunner</name>
    <message>
        <source>There is no D-Bus session.</source>
        <translation>D-Bus 세션이 없습니다.</translation>
    </message>
    <message>
        <source>No desktop notification (%1); shown in the tray instead.</source>
        <translation>데스크톱 알림을 띄우지 못해(%1) 트레이에 대신 표시했습니다.</translation>
    </message>
    <message>
        <source>No desktop notification (%1).</source>
        <translation>데스크톱 알림을 띄우지 못했습니다(%1).</translation>
    </message>
    <message>
        <source>The notification service is not answering.</source>
        <translation>알림 서비스가 응답하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::OverlayOptionsDialog</name>
    <message>
        <source>Overlay Window — %1</source>
        <translation>오버레이 창 — %1</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>배경(&amp;B):</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>크로마 키 색</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>투명</translation>
    </message>
    <message>
        <source>A chroma key colour works with every capture method (add OBS&apos;s Chroma Key filter). Transparent works only where the capture keeps alpha.</source>
        <translation>크로마 키 색은 모든 캡처 방식에서 동작합니다(OBS에서 크로마 키 필터를 추가하세요). 투명은 알파 채널을 유지하는 캡처에서만 동작합니다.</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>색(&amp;O)…</translation>
    </message>
    <message>
        <source>The colour OBS&apos;s Chroma Key filter removes</source>
        <translation>OBS 크로마 키 필터가 지울 색</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>글꼴(&amp;F):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Text edge:</source>
        <translation>글자 테두리(&amp;T):</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>외곽선</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>그림자</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Show b&amp;adges</source>
        <translation>배지 표시(&amp;A)</translation>
    </message>
    <message>
        <source>Bigger donations get bi&amp;gger lines</source>
        <translation>후원이 클수록 크게 표시(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Most lines:</source>
        <translation>최대 줄 수(&amp;M):</translation>
    </message>
    <message>
        <source>Fade o&amp;ut after:</source>
        <translation>사라지는 시간(&amp;U):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>never</source>
        <translation>사라지지 않음</translation>
    </message>
    <message>
        <source>&amp;Donations and subscriptions only</source>
        <translation>후원과 구독만 표시(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock position and size</source>
        <translation>위치와 크기 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>A locked window ignores clicks; right-click still opens its menu.</source>
        <translation>잠긴 창은 클릭을 무시합니다. 오른쪽 클릭으로는 메뉴를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Click-through: clicks go to the window below</source>
        <translation>클릭 통과: 클릭이 아래 창으로 전달됨(&amp;C)</translation>
    </message>
    <message>
        <source>While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu.</source>
        <translation>클릭 통과 중에는 창을 클릭할 수 없습니다. 여기나 채널 메뉴에서 끄세요.</translation>
    </message>
    <message>
        <source>While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu (%1).</source>
        <translation>클릭 통과 중에는 창을 클릭할 수 없습니다. 여기나 채널 메뉴(%1)에서 끄세요.</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>기본값 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Chroma Key Colour</source>
        <translation>크로마 키 색</translation>
    </message>
</context>
<context>
    <name>soopchat::OverlayServer</name>
    <message>
        <source>Cannot serve the overlay on port %1: %2</source>
        <translation>포트 %1에서 오버레이를 제공할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The overlay cannot accept connections: %1 (%2 open)</source>
        <translation>오버레이가 연결을 받을 수 없습니다: %1 (열린 연결 %2개)</translation>
    </message>
</context>
<context>
    <name>soopchat::OverlayWindow</name>
    <message>
        <source>Clicks now pass through this window. To undo, use SoopChat&apos;s Channel → Overlay Window Click-Through (%1).</source>
        <translation>이제 클릭이 이 창을 통과합니다. 되돌리려면 SoopChat의 채널 → 오버레이 창 클릭 통과(%1)를 선택하세요.</translation>
    </message>
    <message>
        <source>Clicks now pass through this window. To undo, use SoopChat&apos;s Channel → Overlay Window Click-Through.</source>
        <translation>이제 클릭이 이 창을 통과합니다. 되돌리려면 SoopChat의 채널 → 오버레이 창 클릭 통과를 선택하세요.</translation>
    </message>
    <message>
        <source>Overlay for %1
Drag to move, drag an edge to resize.
Right-click for options.</source>
        <translation>%1 오버레이
끌어서 옮기고, 가장자리를 끌어 크기를 바꾸세요.
오른쪽 클릭으로 설정을 엽니다.</translation>
    </message>
    <message>
        <source>&amp;Lock Position and Size</source>
        <translation>위치와 크기 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>Click-&amp;Through</source>
        <translation>클릭 통과(&amp;T)</translation>
    </message>
    <message>
        <source>Clicks go to the window below. Undo it from SoopChat&apos;s Channel menu.</source>
        <translation>클릭이 아래 창으로 전달됩니다. SoopChat의 채널 메뉴에서 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>설정(&amp;O)…</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>지우기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close Overlay Window</source>
        <translation>오버레이 창 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>%1 overlay — SoopChat</source>
        <translation>%1 오버레이 — SoopChat</translation>
    </message>
</context>
<context>
    <name>soopchat::QtSoundOutput</name>
    <message>
        <source>No audio output device: nothing can play sound (is PulseAudio or PipeWire running?).</source>
        <translation>오디오 출력 장치가 없어 소리를 낼 수 없습니다(PulseAudio나 PipeWire가 실행 중인가요?).</translation>
    </message>
    <message>
        <source>The sound file %1 is not a sound that can be played (WAV, OGG or MP3).</source>
        <translation>소리 파일 %1은(는) 재생할 수 있는 소리(WAV, OGG, MP3)가 아닙니다.</translation>
    </message>
    <message>
        <source>The sound file %1 could not be played: %2</source>
        <translation>소리 파일 %1을(를) 재생하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>soopchat::QtSpeechEngine</name>
    <message>
        <source>No text-to-speech engine is installed: install the packages qt6-speech-speechd-plugin, speech-dispatcher and speech-dispatcher-espeak-ng.</source>
        <translation>음성 합성(TTS) 엔진이 설치되어 있지 않습니다: qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng 패키지를 설치하세요.</translation>
    </message>
    <message>
        <source>The speech service does not answer: install speech-dispatcher and speech-dispatcher-espeak-ng (and check that speech-dispatcher can start).</source>
        <translation>음성 서비스가 응답하지 않습니다: speech-dispatcher와 speech-dispatcher-espeak-ng를 설치하세요(speech-dispatcher가 시작될 수 있는지도 확인하세요).</translation>
    </message>
    <message>
        <source>No voice speaks Korean: install espeak-ng and speech-dispatcher-espeak-ng.</source>
        <translation>한국어 음성이 없습니다: espeak-ng와 speech-dispatcher-espeak-ng를 설치하세요.</translation>
    </message>
    <message>
        <source>No voice speaks %1: install a speech-dispatcher voice for it (e.g. speech-dispatcher-espeak-ng).</source>
        <translation>%1 음성이 없습니다: 그 언어의 speech-dispatcher 음성(예: speech-dispatcher-espeak-ng)을 설치하세요.</translation>
    </message>
    <message>
        <source>The speech engine stopped with an error.</source>
        <translation>음성 엔진이 오류로 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::RecordedSessionTab</name>
    <message>
        <source>%1 · Recorded · %2</source>
        <translation>%1 · 기록 · %2</translation>
    </message>
    <message>
        <source>Recorded %1, %2</source>
        <translation>%1 기록, 길이 %2</translation>
    </message>
    <message>
        <source>Reading the recording: %1 of %2 events</source>
        <translation>기록을 읽는 중: 이벤트 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Replay: the chat list and the statistics show the session up to the replay position.</source>
        <translation>다시 보기: 채팅 목록과 통계는 재생 위치까지의 내용을 보여 줍니다.</translation>
    </message>
    <message>
        <source>those around the chosen moment</source>
        <translation>선택한 시점 전후의 이벤트</translation>
    </message>
    <message>
        <source>the last ones</source>
        <translation>마지막 이벤트</translation>
    </message>
    <message>
        <source>Recorded · %1</source>
        <translation>기록 · %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save this session as CSV or JSONL</source>
        <translation>이 방송 기록을 CSV나 JSONL로 저장</translation>
    </message>
    <message>
        <source>The chat list keeps at most %1 rows (Settings → General); this session has %2 events, so it shows %3. The statistics count every event. Replay or the session history&apos;s search reach the rest.</source>
        <translation>채팅 목록은 최대 %1줄까지 보관합니다(설정 → 일반). 이 방송에는 이벤트가 %2개 있어 %3만 보여 줍니다. 통계는 모든 이벤트를 셉니다. 나머지는 다시 보기나 방송 기록 검색으로 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::ReplayBar</name>
    <message>
        <source>Pause the replay</source>
        <translation>다시 보기 일시 정지</translation>
    </message>
    <message>
        <source>Replay the session as it happened</source>
        <translation>방송을 실제 흐름대로 다시 보기</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>다시 보기</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>재생 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>재생 끝</translation>
    </message>
    <message>
        <source>Position in the session: drag to replay from another moment</source>
        <translation>방송 내 위치: 끌어서 다른 시점부터 다시 보기</translation>
    </message>
    <message>
        <source>Replay at %1× speed</source>
        <translation>%1배속으로 다시 보기</translation>
    </message>
</context>
<context>
    <name>soopchat::RulesSettingsPage</name>
    <message>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>User (id or nickname)</source>
        <translation>사용자 (아이디 또는 닉네임)</translation>
    </message>
    <message>
        <source>Mentions my name</source>
        <translation>내 이름 언급</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>소리</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 말</translation>
    </message>
    <message>
        <source>e.g. 달콤한곰, sweetbear</source>
        <translation>예: 달콤한곰, sweetbear</translation>
    </message>
    <message>
        <source>There is no login: messages that contain the nickname or id written here are highlighted by a &quot;Mentions my name&quot; rule (several, separated by commas).</source>
        <translation>로그인하지 않으므로, 여기에 적은 닉네임이나 아이디가 들어간 메시지를 &quot;내 이름 언급&quot; 규칙으로 하이라이트합니다 (여러 개는 쉼표로 구분).</translation>
    </message>
    <message>
        <source>Empty: the message is hidden. Otherwise what matched is replaced by this.</source>
        <translation>비워 두면 메시지를 숨기고, 적으면 일치한 부분을 이 말로 바꿉니다.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>My nickname or id:</source>
        <translation>내 닉네임 또는 아이디:</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Ignored users and phrases leave the chat list, the overlay window and the browser overlay alike; recordings and statistics keep everything.</source>
        <translation>무시한 사용자와 문구는 채팅 목록, 오버레이 창, 방송용 오버레이 모두에서 빠집니다. 녹화와 통계에는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>하이라이트 색</translation>
    </message>
    <message>
        <source>Double-click to choose the colour</source>
        <translation>두 번 눌러 색을 고릅니다</translation>
    </message>
    <message>
        <source>Beep when a message matches (at most once a second)</source>
        <translation>일치하는 메시지가 오면 알림음 (1초에 한 번까지)</translation>
    </message>
    <message>
        <source>%1, rule %2: the regular expression is invalid at character %4: %3</source>
        <translation>%1 %2번째 규칙: 정규식이 %4번째 글자에서 잘못되었습니다: %3</translation>
    </message>
</context>
<context>
    <name>soopchat::SearchHitModel</name>
    <message>
        <source>Session</source>
        <translation>방송</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionChart</name>
    <message>
        <source>Per minute</source>
        <translation>1분당</translation>
    </message>
    <message numerus="yes">
        <source>Per %n min</source>
        <translation>
            <numerusform>%n분당</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat messages, total</source>
        <translation>채팅 누적</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat message(s)</source>
        <translation>
            <numerusform>채팅 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Balloons, total</source>
        <translation>풍선 누적</translation>
    </message>
    <message numerus="yes">
        <source>%Ln balloon(s)</source>
        <translation>
            <numerusform>풍선 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>누적</translation>
    </message>
    <message>
        <source>Cheese, total</source>
        <translation>치즈 누적</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionExporter</name>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>%2에 %1번 방송 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n event(s) of this session could not be read. The %2 that could are exported.</source>
        <translation>
            <numerusform>%1 파일이 손상되었습니다: 이 세션의 이벤트 %n개를 읽을 수 없었습니다. 읽을 수 있었던 %2개를 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: some events of this session could not be read. The %2 that could are exported.</source>
        <translation>%1 파일이 손상되었습니다: 이 세션의 이벤트 일부를 읽을 수 없었습니다. 읽을 수 있었던 %2개를 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionListModel</name>
    <message>
        <source>Ended at %1</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <source>Not ended: recording went on, or stopped without an end</source>
        <translation>종료 기록 없음: 기록이 계속되었거나 종료 없이 멈췄습니다</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Streamer</source>
        <translation>BJ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Ad balloons</source>
        <translation>애드벌룬</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Chatters</source>
        <translation>채팅 참여자</translation>
    </message>
    <message>
        <source>New: %1
Renewals: %2
Gifts: %3</source>
        <translation>신규: %1
연장: %2
선물: %3</translation>
    </message>
    <message>
        <source>Balloons</source>
        <translation>풍선</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>금액(원)</translation>
    </message>
</context>
<context>
    <name>soopchat::SessionWriterWorker</name>
    <message>
        <source>Recording continues in %1.</source>
        <translation>%1에 이어서 기록합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n event(s) are kept in memory and saved as soon as writing works again.</source>
        <translation>
            <numerusform>이벤트를 최대 %n개까지 메모리에 보관했다가 다시 쓸 수 있게 되면 바로 저장합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be saved to %1 and were dropped.</source>
        <translation>
            <numerusform>%1에 저장하지 못해 이벤트 %n개가 유실되었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::SettingsDialog</name>
    <message>
        <source>Show the time of each message</source>
        <translation>메시지마다 시간 표시</translation>
    </message>
    <message>
        <source>Record every channel I watch</source>
        <translation>시청하는 모든 채널의 채팅 기록</translation>
    </message>
    <message>
        <source>Allow other computers on my network</source>
        <translation>같은 네트워크의 다른 컴퓨터 허용</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Older messages leave the list when it is full; recordings keep everything.</source>
        <translation>목록이 가득 차면 오래된 메시지부터 사라집니다. 기록에는 모두 남습니다.</translation>
    </message>
    <message>
        <source>Recording is off.</source>
        <translation>기록이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Sessions are saved in %1</source>
        <translation>기록 저장 위치: %1</translation>
    </message>
    <message>
        <source>Off: only this computer (and OBS on it) can load the overlay.</source>
        <translation>끄면 이 컴퓨터(와 이 컴퓨터의 OBS)에서만 오버레이를 불러올 수 있습니다.</translation>
    </message>
    <message>
        <source>New Overlay Address</source>
        <translation>새 오버레이 주소</translation>
    </message>
    <message>
        <source>Makes every overlay address given out so far stop working.</source>
        <translation>지금까지 발급한 오버레이 주소를 모두 쓸 수 없게 합니다.</translation>
    </message>
    <message>
        <source>New overlay address</source>
        <translation>새 오버레이 주소</translation>
    </message>
    <message>
        <source>Overlay addresses already in OBS will stop working, and you will need to copy the new one. Continue?</source>
        <translation>OBS에 이미 넣은 오버레이 주소는 더 이상 동작하지 않으며, 새 주소를 다시 복사해 넣어야 합니다. 계속할까요?</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Messages kept per channel:</source>
        <translation>채널당 보관할 메시지 수:</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation>OBS 오버레이</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Port and network changes apply at the next start.</source>
        <translation>포트와 네트워크 설정은 다음 실행 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>설정을 저장하지 못함</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>설정을 %1에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The overlay addresses in OBS contain this number: change it and they must be copied again.</source>
        <translation>OBS에 넣은 오버레이 주소에 이 번호가 들어 있습니다. 바꾸면 주소를 다시 복사해야 합니다.</translation>
    </message>
    <message>
        <source>e.g. :root { --font-size: 24px; }</source>
        <translation>예: :root { --font-size: 24px; }</translation>
    </message>
    <message>
        <source>CSS for every overlay page. It applies when you save; open pages pick it up when they reload.</source>
        <translation>모든 오버레이 페이지에 적용되는 CSS입니다. 저장하면 바로 적용되고, 열려 있는 페이지는 새로 고치면 바뀝니다.</translation>
    </message>
    <message>
        <source>Custom CSS:</source>
        <translation>사용자 CSS:</translation>
    </message>
    <message>
        <source>Keep the overlay address in a file only you can read</source>
        <translation>오버레이 주소를 나만 읽을 수 있는 파일에 보관</translation>
    </message>
    <message>
        <source>Off: the address is kept in the system&apos;s keychain. Turn it on where there is no keychain, so the address stays the same after a restart.</source>
        <translation>끄면 주소를 시스템 키체인에 보관합니다. 키체인이 없는 시스템에서 켜면 다시 시작해도 주소가 그대로입니다.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Highlights &amp;&amp; Ignore</source>
        <translation>하이라이트 및 무시</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
</context>
<context>
    <name>soopchat::SoundRunner</name>
    <message>
        <source>The built-in chime could not be written to a temporary file.</source>
        <translation>기본 알림음을 임시 파일에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The sound file %1 does not exist.</source>
        <translation>소리 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a sound file (it is a folder or a device).</source>
        <translation>%1은(는) 소리 파일이 아닙니다(폴더나 장치입니다).</translation>
    </message>
    <message>
        <source>The sound file %1 cannot be read (check its permissions).</source>
        <translation>소리 파일 %1을(를) 읽을 수 없습니다(권한을 확인하세요).</translation>
    </message>
    <message>
        <source>The sound file %1 is empty.</source>
        <translation>소리 파일 %1이(가) 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The sound did not end within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>소리가 %n초 안에 끝나지 않아 멈췄습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sounds are waiting (%n); this one was skipped.</source>
        <translation>
            <numerusform>기다리는 소리가 너무 많아(%n개) 이 소리는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::SpeechRunner</name>
    <message>
        <source>Nothing to read aloud: the text is empty without its emoji and symbols.</source>
        <translation>읽을 내용이 없습니다: 이모지와 기호를 빼면 텍스트가 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The speech engine did not finish within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>음성 엔진이 %n초 안에 끝나지 않아 멈췄습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many messages are waiting to be read (%n); this one was skipped.</source>
        <translation>
            <numerusform>읽기를 기다리는 메시지가 너무 많아(%n개) 이 메시지는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::StatsPanel</name>
    <message>
        <source>New: %1
Renewals: %2
Gifts: %3</source>
        <translation>신규: %1
연장: %2
선물: %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Ad balloons</source>
        <translation>애드벌룬</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Chatters</source>
        <translation>채팅 참여자</translation>
    </message>
    <message>
        <source>Different users who chatted in this session</source>
        <translation>이번 방송에서 채팅한 사람 수</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>채팅 수</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>방송 시간</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Balloons</source>
        <translation>풍선</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Chat messages over the session</source>
        <translation>방송 중 채팅 흐름</translation>
    </message>
    <message>
        <source>Top donors</source>
        <translation>후원 순위</translation>
    </message>
    <message>
        <source>Top words</source>
        <translation>많이 쓴 단어</translation>
    </message>
    <message>
        <source>No chat yet</source>
        <translation>아직 채팅이 없습니다</translation>
    </message>
    <message>
        <source>Ad balloons given in the chat or through the station; not counted in the balloons</source>
        <translation>채팅방과 방송국에서 선물한 애드벌룬 (풍선 합계에는 들어가지 않음)</translation>
    </message>
    <message>
        <source>Balloons (star and video) over the session</source>
        <translation>방송 중 풍선(별풍선·영상풍선) 흐름</translation>
    </message>
    <message>
        <source>No balloons yet</source>
        <translation>아직 풍선이 없습니다</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <source>This session and the %n session(s) recorded before it on the same broadcast day</source>
        <translation>
            <numerusform>이 세션과, 같은 방송일에 먼저 녹화된 세션 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Cheese</source>
        <translation>치즈</translation>
    </message>
    <message>
        <source>Cheese over the session</source>
        <translation>세션 동안 받은 치즈</translation>
    </message>
</context>
<context>
    <name>soopchat::TelegramRunner</name>
    <message>
        <source>bot token</source>
        <translation>봇 토큰</translation>
    </message>
    <message>
        <source>The Telegram target “%1” has no chat id</source>
        <translation>Telegram 대상 “%1”에 채팅 ID가 없습니다</translation>
    </message>
    <message>
        <source>The bot token of “%1” in the keychain is not a Telegram bot token (123456:ABC…)</source>
        <translation>키체인에 있는 “%1”의 봇 토큰이 Telegram 봇 토큰(123456:ABC…) 형식이 아닙니다</translation>
    </message>
    <message>
        <source>The Telegram API address %1 is neither https nor on this machine</source>
        <translation>Telegram API 주소 %1은(는) https도 아니고 이 컴퓨터의 주소도 아닙니다</translation>
    </message>
    <message>
        <source>Telegram&apos;s rate limit</source>
        <translation>Telegram 전송 한도</translation>
    </message>
    <message>
        <source>Telegram answered HTTP %1</source>
        <translation>Telegram이 HTTP %1로 응답했습니다</translation>
    </message>
    <message>
        <source>Telegram refused the message: %1 (HTTP %2)</source>
        <translation>Telegram이 메시지를 거부했습니다: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The group is now a supergroup: change the target&apos;s chat id to %1</source>
        <translation>그룹이 슈퍼그룹으로 바뀌었습니다: 대상의 채팅 ID를 %1(으)로 바꾸세요</translation>
    </message>
</context>
<context>
    <name>soopchat::UserCardDialog</name>
    <message>
        <source>User</source>
        <translation>사용자 정보</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>처음 본 시각</translation>
    </message>
    <message>
        <source>Messages this session</source>
        <translation>이번 방송 채팅 수</translation>
    </message>
    <message>
        <source>Balloons given</source>
        <translation>선물한 풍선</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Show only their messages</source>
        <translation>이 사용자의 메시지만 보기</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>최근 메시지</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>시청자</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>soopchat::WelcomePage</name>
    <message>
        <source>Recent channels</source>
        <translation>최근 채널</translation>
    </message>
    <message>
        <source>Watch a live chat</source>
        <translation>라이브 채팅 보기</translation>
    </message>
    <message>
        <source>Type a streamer id or paste a channel address into the bar above, then press Enter. Open several channels and each gets its own tab.</source>
        <translation>위 입력란에 스트리머 아이디를 입력하거나 채널 주소를 붙여 넣고 Enter 키를 누르세요. 채널을 여러 개 열면 채널마다 탭이 생깁니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::WordCloud</name>
    <message numerus="yes">
        <source>“%1”: about %n message(s)</source>
        <translation>
            <numerusform>“%1”: 메시지 약 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n message(s)</source>
        <translation>
            <numerusform>“%1”: 메시지 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkClient</name>
    <message>
        <source>Timed out connecting to the chat server.</source>
        <translation>채팅 서버 연결 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>The chat server did not answer the join.</source>
        <translation>채팅 서버가 입장 요청에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The broadcast ended.</source>
        <translation>방송이 끝났습니다.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate was refused (%1); SoopChat tries again later.</source>
        <translation>채팅 서버의 인증서를 거부했습니다 (%1). SoopChat이 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The chat server could not be reached.</source>
        <translation>채팅 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The connection to the chat server was lost.</source>
        <translation>채팅 서버와의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>The chat server sent a message larger than %1 MiB; it was refused.</source>
        <translation>채팅 서버가 %1 MiB보다 큰 메시지를 보내 받지 않았습니다.</translation>
    </message>
    <message>
        <source>The chat server closed the connection.</source>
        <translation>채팅 서버가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>The chat server closed the connection: %1</source>
        <translation>채팅 서버가 연결을 닫았습니다: %1</translation>
    </message>
    <message>
        <source>CHZZK refused to join the chat: %1 (%2)</source>
        <translation>치지직이 채팅 입장을 거부했습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>The chat server stopped answering.</source>
        <translation>채팅 서버가 응답을 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkInput</name>
    <message>
        <source>This CHZZK address has no channel id in it.</source>
        <translation>이 치지직 주소에는 채널 ID가 없습니다.</translation>
    </message>
    <message>
        <source>CHZZK videos and clips cannot be opened: use the channel&apos;s address (chzzk.naver.com/live/ and the channel id).</source>
        <translation>치지직 동영상과 클립은 열 수 없습니다. 채널 주소(chzzk.naver.com/live/ 뒤에 채널 ID)를 사용하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a CHZZK channel id: a channel id has 32 characters, the digits 0-9 and the letters a-f.</source>
        <translation>“%1”은(는) 치지직 채널 ID가 아닙니다. 채널 ID는 숫자 0-9와 문자 a-f로 된 32자입니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkResolver</name>
    <message>
        <source>its answer was larger than %1 KiB</source>
        <translation>응답이 %1 KiB보다 큼</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1초 안에 응답을 다 받지 못함</translation>
    </message>
    <message>
        <source>There is no CHZZK channel with the id “%1”.</source>
        <translation>ID가 “%1”인 치지직 채널이 없습니다.</translation>
    </message>
    <message>
        <source>CHZZK&apos;s server failed (HTTP %1).</source>
        <translation>치지직 서버에 오류가 났습니다 (HTTP %1).</translation>
    </message>
    <message>
        <source>CHZZK sent an answer SoopChat does not understand.</source>
        <translation>치지직이 SoopChat이 이해할 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>This broadcast is for adults only: CHZZK gives its chat only to viewers who have logged in and verified their age.</source>
        <translation>성인 전용 방송입니다. 치지직은 로그인하고 성인 인증을 마친 시청자에게만 채팅을 제공합니다.</translation>
    </message>
    <message>
        <source>CHZZK says the broadcast is live but gave no chat id.</source>
        <translation>치지직이 방송 중이라고 하지만 채팅 ID를 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot reach CHZZK (%1).</source>
        <translation>치지직에 연결할 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>Cannot reach CHZZK&apos;s chat (%1).</source>
        <translation>치지직 채팅에 연결할 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>CHZZK gave no chat access (HTTP %1, code %2).</source>
        <translation>치지직이 채팅 접근 권한을 주지 않았습니다 (HTTP %1, 코드 %2).</translation>
    </message>
</context>
<context>
    <name>soopchat::chzzk::ChzzkSourceFactory</name>
    <message>
        <source>CHZZK</source>
        <translation>치지직</translation>
    </message>
    <message>
        <source>a chzzk.naver.com/live/… address or a channel id of 32 letters and digits</source>
        <translation>chzzk.naver.com/live/… 주소 또는 영문과 숫자 32자로 된 채널 ID</translation>
    </message>
    <message>
        <source>This broadcast is for adults only: CHZZK gives its chat only to viewers who have logged in and verified their age, and SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</source>
        <translation>성인 전용 방송입니다. 치지직은 로그인하고 성인 인증을 마친 시청자에게만 채팅을 제공하는데, SoopChat은 게스트로 시청하므로 입장할 수 없습니다. 방송이 공개될 수도 있으니 계속 확인합니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::ChannelInput</name>
    <message>
        <source>Enter a streamer id or a SOOP address.</source>
        <translation>BJ 아이디나 SOOP 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a streamer id: ids have only letters, digits and underscores.</source>
        <translation>“%1”: 올바른 BJ 아이디가 아닙니다. 아이디에는 영문, 숫자, 밑줄(_)만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a SOOP address. Enter a streamer id, or an address on sooplive.com, sooplive.co.kr or afreecatv.com.</source>
        <translation>“%1”: SOOP 주소가 아닙니다. BJ 아이디나 sooplive.com, sooplive.co.kr, afreecatv.com 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>This VOD address has no VOD number in it.</source>
        <translation>이 VOD 주소에는 VOD 번호가 없습니다.</translation>
    </message>
    <message>
        <source>This address has no streamer id in it.</source>
        <translation>이 주소에는 BJ 아이디가 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a channel address: use a play., ch. or vod. address.</source>
        <translation>“%1”: 채널 주소가 아닙니다. play., ch., vod. 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” looks like a nickname. Enter the streamer&apos;s id instead, the part after sooplive.co.kr/ in their channel address (e.g. gosegu2), or paste that address.</source>
        <translation>“%1”은(는) 닉네임 같아요. 대신 BJ 아이디(방송국 주소에서 sooplive.co.kr/ 뒤에 오는 부분, 예: gosegu2)를 입력하거나 그 주소를 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::LiveInfoResolver</name>
    <message>
        <source>Cannot reach SOOP (%1).</source>
        <translation>SOOP에 연결할 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>There is no SOOP streamer with the id “%1”.</source>
        <translation>SOOP에 아이디가 “%1”인 BJ가 없습니다.</translation>
    </message>
    <message>
        <source>SOOP does not know the VOD %1.</source>
        <translation>SOOP에서 VOD %1번을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>SOOP sent an answer SoopChat does not understand.</source>
        <translation>SOOP에서 알 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>SOOP refused the broadcast (code %1).</source>
        <translation>SOOP이 방송 입장을 거부했습니다 (코드 %1).</translation>
    </message>
    <message>
        <source>SOOP says the broadcast is live but gave no chat server.</source>
        <translation>SOOP에서 방송 중이라고 하지만 채팅 서버를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>its answer was larger than %1 KiB</source>
        <translation>응답이 %1 KiB보다 큼</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1초 안에 응답을 다 받지 못함</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::SoopClient</name>
    <message>
        <source>Timed out connecting to the chat server.</source>
        <translation>채팅 서버 연결 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>The chat server did not answer the login.</source>
        <translation>채팅 서버가 로그인에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>This broadcast has a password.</source>
        <translation>비밀번호가 걸린 방송입니다.</translation>
    </message>
    <message>
        <source>The chat server closed the connection.</source>
        <translation>채팅 서버가 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>The chat server closed the connection: %1</source>
        <translation>채팅 서버가 연결을 끊었습니다: %1</translation>
    </message>
    <message>
        <source>SOOP refused the login: %1 (%2 %3)</source>
        <translation>SOOP이 로그인을 거부했습니다: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The password for this broadcast is wrong.</source>
        <translation>방송 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>SOOP refused to join the chat: %1 (%2 %3)</source>
        <translation>SOOP이 채팅 입장을 거부했습니다: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The chat server stopped answering.</source>
        <translation>채팅 서버가 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>The broadcast ended.</source>
        <translation>방송이 종료되었습니다.</translation>
    </message>
    <message>
        <source>The connection to the chat server was lost.</source>
        <translation>채팅 서버와 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate was refused (%1). SoopChat does not fall back to an unencrypted connection; it tries again later.</source>
        <translation>채팅 서버의 인증서를 믿을 수 없습니다(%1). SoopChat은 암호화되지 않은 연결로 바꾸지 않고 잠시 뒤 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The system has no network connections left for the chat (too many open files). Close other programs or overlay pages; SoopChat tries again.</source>
        <translation>시스템에 채팅에 쓸 네트워크 연결이 남아 있지 않습니다(열린 파일이 너무 많음). 다른 프로그램이나 오버레이 페이지를 닫아 주세요. SoopChat이 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The chat server could not be reached.</source>
        <translation>채팅 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The chat server sent a message larger than %1 MiB; it was refused.</source>
        <translation>채팅 서버가 %1 MiB보다 큰 메시지를 보내 받지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>soopchat::soop::SoopLiveProbe</name>
    <message>
        <source>Only a streamer&apos;s channel can be checked.</source>
        <translation>스트리머의 채널만 확인할 수 있습니다.</translation>
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
        <translation>BJ 아이디(예: gosegu2) 또는 sooplive.com, sooplive.co.kr, afreecatv.com의 play., ch., vod. 주소</translation>
    </message>
    <message>
        <source>This broadcast needs an adult-verified SOOP account.</source>
        <translation>성인 인증을 받은 SOOP 계정이 필요한 방송입니다.</translation>
    </message>
    <message>
        <source>This broadcast is for plus subscribers only.</source>
        <translation>플러스 구독자 전용 방송입니다.</translation>
    </message>
    <message>
        <source>This broadcast is for adults (19+) or for subscribers only.</source>
        <translation>19세 이상 또는 구독자 전용 방송입니다.</translation>
    </message>
    <message>
        <source>SOOP lets only logged-in viewers into its chat, and SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.</source>
        <translation>SOOP 채팅에는 로그인한 시청자만 입장할 수 있는데, SoopChat은 게스트로 시청하므로 입장할 수 없습니다. 방송이 공개될 수도 있으니 계속 확인합니다.</translation>
    </message>
</context>
</TS>
