#include "core/channel/ChatRules.h"

#include <algorithm>

namespace soopchat {

namespace {

constexpr QRegularExpression::PatternOptions RegexOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool sameName(const std::optional<QString> &name, const QString &pattern)
{
    return name && name->compare(pattern, Qt::CaseInsensitive) == 0;
}

// What a highlight is for: a line someone said or something someone gave,
// not their coming and going or the room's notices.
bool isHighlightable(const ChatEvent &event)
{
    switch (eventCategory(event.type)) {
    case EventCategory::Chat:
    case EventCategory::Donation:
    case EventCategory::Subscription:
        return true;
    default:
        return false;
    }
}

} // namespace

bool ChatRules::TextMatcher::matches(const QString &text) const
{
    if (!valid)
        return false;
    if (isRegex)
        return regex.match(text).hasMatch();
    return plain.indexIn(text) >= 0;
}

ChatRules::TextMatcher ChatRules::makeMatcher(const QString &pattern, bool isRegex)
{
    TextMatcher matcher;
    matcher.isRegex = isRegex;
    if (isRegex) {
        matcher.regex = QRegularExpression(pattern, RegexOptions);
        matcher.valid = !pattern.isEmpty() && matcher.regex.isValid();
        if (matcher.valid)
            matcher.regex.optimize();
    } else {
        matcher.plain = QStringMatcher(pattern, Qt::CaseInsensitive);
        matcher.valid = !pattern.isEmpty();
    }
    return matcher;
}

std::optional<ChatRuleError> ChatRules::regexError(const QString &pattern)
{
    const QRegularExpression regex(pattern, RegexOptions);
    if (regex.isValid())
        return std::nullopt;
    ChatRuleError error;
    error.message = regex.errorString();
    error.offset = regex.patternErrorOffset();
    return error;
}

ChatRules::ChatRules(ChatRuleSet set) : m_set(std::move(set))
{
    for (const QString &name : std::as_const(m_set.ownNames)) {
        if (!name.trimmed().isEmpty())
            m_ownNames.push_back(makeMatcher(name.trimmed(), false));
    }
    for (int i = 0; i < m_set.highlights.size(); ++i) {
        const HighlightRule &rule = m_set.highlights[i];
        CompiledHighlight compiled {rule.kind, {}, {}, rule.roles, {rule.rgb, rule.sound, i}};
        switch (rule.kind) {
        case HighlightRule::Kind::Phrase:
        case HighlightRule::Kind::Regex:
            compiled.text = makeMatcher(rule.pattern, rule.kind == HighlightRule::Kind::Regex);
            if (rule.kind == HighlightRule::Kind::Regex) {
                if (auto error = regexError(rule.pattern)) {
                    error->list = ChatRuleError::List::Highlights;
                    error->index = i;
                    m_errors.append(*error);
                }
            }
            if (!compiled.text.valid)
                continue;
            break;
        case HighlightRule::Kind::User:
            compiled.user = rule.pattern.trimmed();
            if (compiled.user.isEmpty())
                continue;
            break;
        case HighlightRule::Kind::Role:
            if (!rule.roles)
                continue;
            break;
        case HighlightRule::Kind::OwnName:
            if (m_ownNames.empty())
                continue;
            break;
        }
        m_highlights.push_back(std::move(compiled));
    }
    for (int i = 0; i < m_set.ignores.size(); ++i) {
        const IgnoreRule &rule = m_set.ignores[i];
        if (rule.kind == IgnoreRule::Kind::User) {
            if (!rule.pattern.trimmed().isEmpty())
                m_ignoreUsers.append(rule.pattern.trimmed());
            continue;
        }
        const bool isRegex = rule.kind == IgnoreRule::Kind::Regex;
        if (isRegex) {
            if (auto error = regexError(rule.pattern)) {
                error->list = ChatRuleError::List::Ignores;
                error->index = i;
                m_errors.append(*error);
            }
        }
        CompiledPhrase phrase {makeMatcher(rule.pattern, isRegex), rule.pattern, rule.replacement, rule.replace};
        if (phrase.text.valid)
            m_phrases.push_back(std::move(phrase));
    }
}

std::optional<Highlight> ChatRules::highlightOf(const ChatEvent &event) const
{
    if (m_highlights.empty() || !isHighlightable(event))
        return std::nullopt;
    for (const CompiledHighlight &rule : m_highlights) {
        bool hit = false;
        switch (rule.kind) {
        case HighlightRule::Kind::Phrase:
        case HighlightRule::Kind::Regex:
            hit = event.text && rule.text.matches(*event.text);
            break;
        case HighlightRule::Kind::User:
            hit = sameName(event.userId, rule.user) || sameName(event.nickname, rule.user);
            break;
        case HighlightRule::Kind::Role:
            hit = bool(event.roles() & rule.roles);
            break;
        case HighlightRule::Kind::OwnName:
            hit = event.text && std::any_of(m_ownNames.begin(), m_ownNames.end(), [&event](const TextMatcher &name) {
                return name.matches(*event.text);
            });
            break;
        }
        if (hit)
            return rule.highlight;
    }
    return std::nullopt;
}

bool ChatRules::isIgnoredUser(const ChatEvent &event) const
{
    if (!event.userId && !event.nickname)
        return false;
    for (const QString &user : m_ignoreUsers) {
        if (sameName(event.userId, user) || sameName(event.nickname, user))
            return true;
    }
    return false;
}

EventPtr ChatRules::shown(const EventPtr &event) const
{
    if (!event)
        return event;
    if (isIgnoredUser(*event))
        return nullptr;
    if (m_phrases.empty() || !event->text)
        return event;
    std::optional<QString> replaced;
    for (const CompiledPhrase &phrase : m_phrases) {
        const QString &text = replaced ? *replaced : *event->text;
        if (!phrase.text.matches(text))
            continue;
        if (!phrase.replace)
            return nullptr;
        QString next = text;
        if (phrase.text.isRegex)
            next.replace(phrase.text.regex, phrase.replacement);
        else
            next.replace(phrase.pattern, phrase.replacement, Qt::CaseInsensitive);
        replaced = std::move(next);
    }
    if (!replaced)
        return event;
    // Events are immutable and shared with the recorder: a replacement is a
    // new event (rare: only lines that contain an ignored phrase).
    auto copy = std::make_shared<ChatEvent>(*event);
    copy->text = std::move(*replaced);
    return copy;
}

EventBatch ChatRules::shown(const EventBatch &events) const
{
    if (!hasIgnores())
        return events;
    EventBatch out;
    bool changed = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventPtr &event = events[i];
        EventPtr shownEvent = shown(event);
        if (!changed && shownEvent == event)
            continue;
        if (!changed) {
            changed = true;
            out.reserve(events.size());
            out.append(events.first(i));
        }
        if (shownEvent)
            out.append(std::move(shownEvent));
    }
    return changed ? out : events;
}

} // namespace soopchat
