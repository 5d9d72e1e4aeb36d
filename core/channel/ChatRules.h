#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringMatcher>

#include <memory>
#include <optional>
#include <vector>

#include "core/events/ChatEvent.h"

namespace soopchat {

// A message the user wants picked out: by what it says, who sent it or the
// sender's role, drawn in `rgb`, optionally with a sound.
struct HighlightRule
{
    enum class Kind : quint8 {
        Phrase, // the text contains `pattern` (case-insensitive)
        Regex, // the text matches the expression `pattern` (case-insensitive)
        User, // the sender's id or nickname is `pattern`
        Role, // the sender has any of `roles`
        OwnName, // the text names the user (ChatRuleSet::ownNames)
    };
    Kind kind = Kind::Phrase;
    QString pattern;
    Roles roles;
    quint32 rgb = 0xffc83d; // 0xRRGGBB
    bool sound = false;

    friend bool operator==(const HighlightRule &, const HighlightRule &) = default;
};

// A sender or a phrase the user never wants to see. A phrase with a
// replacement keeps the message and replaces what matched instead.
struct IgnoreRule
{
    enum class Kind : quint8 {
        User, // the sender's id or nickname is `pattern`
        Phrase, // the text contains `pattern` (case-insensitive)
        Regex, // the text matches the expression `pattern` (case-insensitive)
    };
    Kind kind = Kind::Phrase;
    QString pattern;
    QString replacement; // Phrase and Regex: empty hides the message
    bool replace = false; // replace what matched instead of hiding the message

    friend bool operator==(const IgnoreRule &, const IgnoreRule &) = default;
};

// The rules as the user wrote them (what settings keep).
struct ChatRuleSet
{
    QStringList ownNames; // the user's own nickname and/or id: there is no login
    QList<HighlightRule> highlights;
    QList<IgnoreRule> ignores;

    bool isEmpty() const { return highlights.isEmpty() && ignores.isEmpty(); }
    friend bool operator==(const ChatRuleSet &, const ChatRuleSet &) = default;
};

// A rule that cannot work: an invalid regular expression. It matches nothing
// and the settings say why.
struct ChatRuleError
{
    enum class List : quint8 { Highlights, Ignores };
    List list = List::Highlights;
    int index = 0; // in that list
    QString message; // QRegularExpression's own (English) words
    qsizetype offset = -1; // where in the pattern

    friend bool operator==(const ChatRuleError &, const ChatRuleError &) = default;
};

struct Highlight
{
    quint32 rgb = 0;
    bool sound = false;
    int rule = -1; // index in ChatRuleSet::highlights
};

// The user's rules compiled once (matchers, expressions). Immutable and
// shared: the pipelines apply the ignore rules to every batch before the
// overlay feed and the views see it (never before statistics or the
// recorder), and the views ask highlightOf() for what they draw. New rules
// are a new ChatRules.
class ChatRules
{
public:
    explicit ChatRules(ChatRuleSet set = {});

    const ChatRuleSet &ruleSet() const { return m_set; }
    const QList<ChatRuleError> &errors() const { return m_errors; }
    bool hasHighlights() const { return !m_highlights.empty(); }
    bool hasIgnores() const { return !m_ignoreUsers.isEmpty() || !m_phrases.empty(); }

    // The first highlight rule (in the user's order) the event matches.
    // Only what someone said or gave is highlighted: chat, donations,
    // subscriptions.
    std::optional<Highlight> highlightOf(const ChatEvent &event) const;

    // What the views are given instead of `event`: the event itself, a new
    // event with the ignored phrases replaced, or null when it is ignored.
    EventPtr shown(const EventPtr &event) const;
    // The batch without ignored events: the same list (shared, not copied)
    // when nothing in it is ignored or replaced.
    EventBatch shown(const EventBatch &events) const;

    // Why a pattern is not a valid expression; nullopt when it is.
    static std::optional<ChatRuleError> regexError(const QString &pattern);

private:
    struct TextMatcher
    {
        QStringMatcher plain; // empty pattern: use `regex`
        QRegularExpression regex;
        bool isRegex = false;
        bool valid = true;
        bool matches(const QString &text) const;
    };
    struct CompiledHighlight
    {
        HighlightRule::Kind kind;
        TextMatcher text;
        QString user;
        Roles roles;
        Highlight highlight;
    };
    struct CompiledPhrase
    {
        TextMatcher text;
        QString pattern;
        QString replacement;
        bool replace = false;
    };
    static TextMatcher makeMatcher(const QString &pattern, bool isRegex);
    bool isIgnoredUser(const ChatEvent &event) const;

    ChatRuleSet m_set;
    QList<ChatRuleError> m_errors;
    std::vector<CompiledHighlight> m_highlights;
    std::vector<TextMatcher> m_ownNames;
    QStringList m_ignoreUsers;
    std::vector<CompiledPhrase> m_phrases;
};

using ChatRulesPtr = std::shared_ptr<const ChatRules>;

} // namespace soopchat
