#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace mcpauth {

// One challenge of a WWW-Authenticate field (RFC 9110 section 11.6.1): a scheme with either a token68
// (Basic's and Negotiate's form) or auth-params.
struct AuthChallenge
{
    QString scheme; // as the server wrote it; schemes compare case-insensitively, use isScheme()
    QString token68; // empty when the challenge has auth-params or nothing
    // In the server's order; names lower-cased (they compare case-insensitively), values unquoted with
    // their backslash escapes resolved. A repeated name keeps its first value (and the parse warns).
    QList<std::pair<QString, QString>> params;

    [[nodiscard]] bool isScheme(QLatin1String name) const;
    // nullopt when absent; an empty string when the server sent name="".
    [[nodiscard]] std::optional<QString> param(QLatin1String name) const;
};

// The parsed WWW-Authenticate field(s) of one response, with accessors for the Bearer challenge
// (RFC 6750 section 3, RFC 9728 section 5.1).
//
// The grammar is RFC 9110's, read the way real servers write it: several challenges in one field or
// in several fields, any amount of space (or a tab) around ',' and '=', empty list elements (trailing
// or doubled commas), a ',' right after the scheme with or without a space ("Bearer,realm=...",
// read as the challenge's parameters, with a warning), a missing ',' between two parameters (with a
// warning), lower-case scheme names, and values that should have been quoted but were not
// (resource_metadata=https://host/path: read up to the next ',' or space, with a warning). What is
// ambiguous or broken (an unterminated quote, a parameter without a name or value, a scheme glued to
// a quote, control characters, a quote inside an unquoted value) is an error naming the field
// number, the byte offset, the text around it and what was found there.
class WwwAuthenticate
{
public:
    static constexpr qsizetype kMaxBytes = 8 * 1024; // all field values together
    static constexpr int kMaxParams = 64; // all challenges together
    static constexpr int kMaxChallenges = 16;

    // Each element is one WWW-Authenticate field value as received (QNetworkReply gives repeated
    // fields joined with ", ", which parses the same). An empty list is an error: no challenge.
    [[nodiscard]] static Result<WwwAuthenticate> parse(const QList<QByteArray>& fieldValues);
    [[nodiscard]] static Result<WwwAuthenticate> parse(const QByteArray& fieldValue);

    [[nodiscard]] const QList<AuthChallenge>& challenges() const { return m_challenges; }
    // Tolerated deviations, as sentences (a duplicate parameter, an unquoted value, a second Bearer
    // challenge, scopes separated by commas): evidence for the diagnosis, not failures.
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }

    // The first Bearer challenge, or nullptr. The accessors below read it and return an empty
    // string or list when there is no Bearer challenge or the parameter is absent; use
    // bearer()->param() to tell "absent" from "empty".
    [[nodiscard]] const AuthChallenge* bearer() const;
    [[nodiscard]] QString resourceMetadata() const;
    [[nodiscard]] QString scope() const; // as sent
    [[nodiscard]] QStringList scopes() const; // scope split at spaces (RFC 6750: space-delimited)
    [[nodiscard]] QString error() const; // invalid_request, invalid_token, insufficient_scope, ...
    [[nodiscard]] QString errorDescription() const;
    [[nodiscard]] QString realm() const;

private:
    QList<AuthChallenge> m_challenges;
    QStringList m_warnings;
};

} // namespace mcpauth
