#include "sim/ChatText.h"

namespace soopchat::sim {

namespace {

const char *const Greetings[] = {"안녕하세요~", "하이하이", "ㅎㅇㅎㅇ", "방송 켜졌다!", "오늘도 왔어요", "출첵",
    "좋은 저녁이에요", "퇴근하고 왔습니다 ㅠㅠ", "하이루", "안녕하세요 처음 와봐요", "어서오세요~", "ㅂㅇ",
    "밥 먹고 왔어요", "늦었다 ㅠ"};

const char *const Questions[] = {"오늘 방송 몇시까지 해요?", "이거 무슨 게임이에요?", "저번에 한다던 낚시겜은 안해?",
    "다음 합방 언제예요?", "노래 제목 뭐예요?", "BGM 뭐에요??", "오늘 컨텐츠 뭐예요", "마이크 바꾸셨어요?",
    "몇 판 남았어요?", "저녁 뭐 드셨어요?", "이거 몇 레벨이에요?", "내일도 방송해요?", "키보드 뭐 쓰세요?"};

const char *const Reactions[] = {"와 미쳤다", "ㄷㄷㄷㄷ", "대박", "ㄹㅇ", "ㅇㅈ", "ㄱㄱ", "가즈아!!!", "오 나이스",
    "아깝다 ㅠㅠ", "ㅠㅠㅠㅠ", "헐", "레전드", "개잘하네", "이걸 살리네", "ㄴㄴ", "실화냐", "천재인듯", "ㅗㅜㅑ",
    "와...", "?", "??", "!!!", "1", "1", "1", "2"};

const char *const Emoji[] = {"😂😂😂", "👍", "❤️❤️", "🔥🔥🔥", "👏👏", "🤣", "😭", "😍", "🙏", "💯", "😎", "🥲"};

const char *const GameCalls[] = {"오른쪽 오른쪽!!", "뒤에 있어요", "템 먹어요 템", "보스 피 얼마 안남음", "힐 힐!!",
    "왼쪽에 한명", "점프 점프", "저장하고 가요", "지도 보세요", "그거 함정이에요 ㅋㅋ", "상자 안 열었어요"};

const char *const LongLines[] = {
    "이 의견은 스트리머님 개인적인 의견이며 방송이랑은 상관이 없음을 알려드립니다 다들 싸우지 마세요",
    "오늘 처음 왔는데 분위기 너무 좋네요 앞으로 자주 올게요 방송 시간 공지 어디서 보면 돼요?",
    "아까 그 장면 클립 따서 올려주세요 진짜 웃겨서 배 아팠어요 ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ",
    "요즘 일이 너무 바빠서 다시보기로만 봤는데 오랜만에 라이브로 보니까 너무 좋아요 건강 챙기면서 하세요",
    "저번 주 합방에서 했던 게임 다시 하면 안 돼요? 그때 마지막 판 너무 아쉬웠어요 이번엔 이길 수 있을 듯"};

const char *const Ascii[] = {"gg", "lol", "nice", "ㅋㅋ gg", "wow", "GG", "ez", "brb", "hi", "LOL"};

const char *const BalloonMessages[] = {"항상 응원합니다!", "맛있는 거 사드세요", "오늘 방송 재밌어요 ㅋㅋ",
    "별풍선 받으세요~", "화이팅!!", "생일 축하해요 🎉", "ㅋㅋㅋㅋㅋㅋ", "노래 한 곡 부탁해요", ""};

const char *const Titles[] = {"오늘은 공포게임 정복하는 날", "[랭크] 다이아 가즈아", "노래방송 🎤 신청곡 받아요",
    "롤 솔랭 같이해요", "저챗 + 게임", "먹방 라이브 🍗", "새벽 감성 저챗", "신작 게임 첫 플레이!"};

const char *const Notices[] = {"방송 시간: 매일 저녁 8시 ~ 새벽 1시", "욕설/비하 채팅은 강퇴합니다",
    "오늘은 12시까지 합니다 ㅎㅎ", "팬클럽 가입 감사합니다! 공지사항 꼭 읽어주세요"};

const char *const AdminNotices[] = {"[안내] 건전한 채팅 문화를 위해 욕설, 비방, 도배는 제재될 수 있습니다.",
    "[공지] 개인정보를 채팅창에 남기지 마세요. 운영자는 개인정보를 요구하지 않습니다."};

const char *const MissionTitles[] = {"공포게임 엔딩 보기", "노래 3곡 연속 부르기", "랭크 5연승", "매운 라면 먹기"};

const char *const Voices[] = {"kor_custom02", "kor_custom04", "kor_custom06", "kor_custom07", "kor_custom13",
    "google_tts", "typecast_voice10", "chorong", "junwoo", ""};

void appendRepeated(QByteArray &out, QByteArrayView unit, qint64 times)
{
    for (qint64 i = 0; i < times; ++i)
        out.append(unit);
}

} // namespace

void ChatText::appendLine(QByteArray &out, SimRandom &random, QByteArrayView mention)
{
    const quint64 kind = random.below(1000);
    if (kind < 220) {
        appendRepeated(out, "ㅋ", random.between(2, 16));
        if (random.chance(250))
            out.append(' ').append(random.pick(Reactions));
    } else if (kind < 310) {
        out.append(random.pick(Greetings));
    } else if (kind < 420) {
        out.append(random.pick(Questions));
    } else if (kind < 640) {
        out.append(random.pick(Reactions));
        if (random.chance(200))
            out.append(' ').append(random.pick(Emoji));
    } else if (kind < 700) {
        out.append(random.pick(Emoji));
    } else if (kind < 790) {
        out.append(random.pick(GameCalls));
    } else if (kind < 830) {
        out.append(random.pick(LongLines));
    } else if (kind < 880) {
        out.append(random.pick(Ascii));
    } else if (kind < 930 && !mention.isEmpty()) {
        out.append('@').append(mention).append(' ').append(random.pick(Reactions));
    } else if (kind < 960) {
        appendRepeated(out, "ㅎ", random.between(2, 6));
    } else {
        appendRepeated(out, "ㅠ", random.between(2, 8));
    }
}

QByteArrayView ChatText::balloonMessage(SimRandom &random)
{
    return random.pick(BalloonMessages);
}

QByteArrayView ChatText::title(SimRandom &random)
{
    return random.pick(Titles);
}

QByteArrayView ChatText::notice(SimRandom &random)
{
    return random.pick(Notices);
}

QByteArrayView ChatText::adminNotice(SimRandom &random)
{
    return random.pick(AdminNotices);
}

QByteArrayView ChatText::missionTitle(SimRandom &random)
{
    return random.pick(MissionTitles);
}

QByteArrayView ChatText::ttsVoice(SimRandom &random)
{
    return random.pick(Voices);
}

} // namespace soopchat::sim
