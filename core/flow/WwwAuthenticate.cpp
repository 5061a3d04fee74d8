#include "WwwAuthenticate.h"

#include "domain/Names.h"

#include <algorithm>

namespace mcpauth {

namespace {

const QString kField = QStringLiteral("WWW-Authenticate");

// RFC 9110 section 5.6.2: tchar.
bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// RFC 9110 section 11.2: token68 without its trailing '='.
bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

QString utf8Text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.data(), bytes.size());
}

// One field value; appends to the challenge list of the whole parse.
class FieldParser
{
public:
    FieldParser(QByteArrayView text, int fieldNumber, int fieldCount, QList<AuthChallenge>& challenges,
        QStringList& warnings, int& params)
        : m_text(text)
        , m_fieldNumber(fieldNumber)
        , m_fieldCount(fieldCount)
        , m_challenges(challenges)
        , m_warnings(warnings)
        , m_params(params)
        , m_challengesBefore(challenges.size())
    { }

    Status run()
    {
        while (true) {
            skipSeparators();
            if (atEnd())
                return {};
            if (Status s = readScheme(); !s)
                return s;
            auto next = readAfterScheme();
            if (!next)
                return next.error();
            if (*next == Next::End)
                return {};
        }
    }

private:
    enum class Next { End, Challenge };

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }

    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(peek()))
            ++m_pos;
    }

    void skipSeparators()
    {
        while (!atEnd() && (isWhitespace(peek()) || peek() == ','))
            ++m_pos;
    }

    QByteArrayView readToken()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTchar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    // Is the text at m_pos `token BWS "=" BWS <something that can start a value>`?
    bool parameterAhead() const
    {
        qsizetype p = m_pos;
        const qsizetype nameStart = p;
        while (p < m_text.size() && isTchar(m_text.at(p)))
            ++p;
        if (p == nameStart)
            return false;
        while (p < m_text.size() && isWhitespace(m_text.at(p)))
            ++p;
        if (p >= m_text.size() || m_text.at(p) != '=')
            return false;
        ++p;
        while (p < m_text.size() && isWhitespace(m_text.at(p)))
            ++p;
        return p < m_text.size() && m_text.at(p) != ',' && m_text.at(p) != '=';
    }

    // Is the text at m_pos a token68 that ends the challenge (followed by OWS and ',' or the end)?
    qsizetype token68Ahead() const
    {
        qsizetype p = m_pos;
        while (p < m_text.size() && isToken68Char(m_text.at(p)))
            ++p;
        if (p == m_pos)
            return 0;
        while (p < m_text.size() && m_text.at(p) == '=')
            ++p;
        const qsizetype end = p;
        while (p < m_text.size() && isWhitespace(m_text.at(p)))
            ++p;
        return (p >= m_text.size() || m_text.at(p) == ',') ? end - m_pos : 0;
    }

    QString found(qsizetype at) const
    {
        if (at >= m_text.size())
            return QStringLiteral("the end of the field");
        const char c = m_text.at(at);
        const auto u = static_cast<unsigned char>(c);
        if (c == ' ')
            return QStringLiteral("a space");
        if (c == '\t')
            return QStringLiteral("a tab");
        if (isControl(c))
            return QStringLiteral("a control character (0x%1)").arg(u, 2, 16, QLatin1Char('0'));
        if (u >= 0x80)
            return QStringLiteral("the byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    }

    Error fail(qsizetype at, const QString& what) const
    {
        const QString where = m_fieldCount > 1
            ? QStringLiteral("WWW-Authenticate field %1 of %2").arg(m_fieldNumber).arg(m_fieldCount)
            : QStringLiteral("The WWW-Authenticate field");
        // A little of the text around the offset, so the message can be read without the response.
        const qsizetype from = qMax<qsizetype>(0, at - 24);
        const qsizetype to = qMin<qsizetype>(m_text.size(), at + 24);
        const QString context = Names::quoted(utf8Text(m_text.sliced(from, to - from)), 60);
        return Error::invalid(kField,
            QStringLiteral("%1 is malformed at offset %2 (near %3): %4.")
                .arg(where, QString::number(at), context, what));
    }

    QString challengeName() const { return QStringLiteral("The %1 challenge").arg(m_challenges.constLast().scheme); }

    Status readScheme()
    {
        const qsizetype start = m_pos;
        const QByteArrayView scheme = readToken();
        if (scheme.isEmpty())
            return fail(
                start, QStringLiteral("expected an authentication scheme such as Bearer, found %1").arg(found(start)));
        const qsizetype schemeEnd = m_pos;
        skipWhitespace();
        if (peek() == '=') {
            // Not a scheme but a parameter: at the start of a field it belongs to no challenge; after a
            // challenge with a token68 it cannot be that challenge's; elsewhere parameterAhead() said it
            // has no value.
            m_pos = start;
            const bool hasValue = parameterAhead();
            if (hasValue && m_challengesBefore == m_challenges.size())
                return fail(start,
                    QStringLiteral("the parameter '%1' comes before any authentication scheme; a challenge starts "
                                   "with its scheme, as in Bearer %1=...")
                        .arg(utf8Text(scheme)));
            if (hasValue)
                return fail(start,
                    QStringLiteral("the parameter '%1' follows the token68 value of the %2 challenge; a challenge "
                                   "has either a token68 or parameters")
                        .arg(utf8Text(scheme), m_challenges.constLast().scheme));
            return fail(start, QStringLiteral("the parameter '%1' has no value after '='").arg(utf8Text(scheme)));
        }
        m_pos = schemeEnd;
        if (m_challenges.size() == WwwAuthenticate::kMaxChallenges)
            return fail(start,
                QStringLiteral("more than %1 challenges; no real server sends that many")
                    .arg(WwwAuthenticate::kMaxChallenges));
        AuthChallenge challenge;
        challenge.scheme = utf8Text(scheme);
        m_challenges << challenge;
        return {};
    }

    // After the scheme: a token68, parameters, or nothing; then the end or the next challenge.
    Result<Next> readAfterScheme()
    {
        {
            const qsizetype schemeEnd = m_pos;
            skipWhitespace();
            if (atEnd())
                return Next::End;
            if (peek() == ',') {
                // "Bearer, realm=..." is, by the grammar, a challenge without parameters followed by a
                // list element that is no challenge. Servers that write it mean the parameters.
                const qsizetype comma = m_pos;
                skipSeparators();
                if (atEnd())
                    return Next::End;
                if (!parameterAhead())
                    return Next::Challenge;
                m_warnings << QStringLiteral("%1 has a ',' right after its scheme (offset %2); the parameters "
                                             "that follow are read as its own.")
                                  .arg(challengeName(), QString::number(comma));
            } else if (m_pos == schemeEnd) {
                return fail(m_pos,
                    QStringLiteral("expected a space after the scheme '%1', found %2")
                        .arg(m_challenges.constLast().scheme, found(m_pos)));
            } else if (!parameterAhead()) {
                if (const qsizetype length = token68Ahead(); length > 0) {
                    m_challenges.last().token68 = utf8Text(m_text.sliced(m_pos, length));
                    m_pos += length;
                    skipWhitespace();
                    return atEnd() ? Next::End : Next::Challenge;
                }
                // "Basic, Bearer": handled above; "Basic Bearer realm=..." is a missing comma.
                if (isTchar(peek())) {
                    const qsizetype at = m_pos;
                    const QByteArrayView name = readToken();
                    skipWhitespace();
                    if (peek() == '=')
                        return fail(
                            at, QStringLiteral("the parameter '%1' has no value after '='").arg(utf8Text(name)));
                    return fail(at,
                        QStringLiteral("expected a parameter (name=value) or ',' after the scheme '%1', found "
                                       "'%2' followed by %3; if '%2' starts another challenge, a ',' is missing "
                                       "before it")
                            .arg(m_challenges.constLast().scheme, utf8Text(name), found(m_pos)));
                }
                return fail(m_pos,
                    QStringLiteral("expected a parameter (name=value) after the scheme '%1', found %2")
                        .arg(m_challenges.constLast().scheme, found(m_pos)));
            }
        }

        // auth-param *( OWS "," OWS auth-param ), until a list element that is a new challenge.
        while (true) {
            if (Status s = readParameter(); !s)
                return s.error();
            skipWhitespace();
            if (atEnd())
                return Next::End;
            if (peek() == ',') {
                skipSeparators();
                if (atEnd())
                    return Next::End;
                if (parameterAhead())
                    continue;
                return Next::Challenge;
            }
            if (parameterAhead()) {
                m_warnings << QStringLiteral("%1 has no ',' between two parameters (offset %2); read as if it "
                                             "had one.")
                                  .arg(challengeName(), QString::number(m_pos));
                continue;
            }
            return fail(m_pos, QStringLiteral("expected ',' after a parameter, found %1").arg(found(m_pos)));
        }
    }

    Status readParameter()
    {
        const qsizetype nameStart = m_pos;
        const QString name = utf8Text(readToken()).toLower();
        if (name.isEmpty())
            return fail(nameStart, QStringLiteral("expected a parameter name, found %1").arg(found(nameStart)));
        skipWhitespace();
        if (peek() != '=')
            return fail(
                m_pos, QStringLiteral("expected '=' after the parameter name '%1', found %2").arg(name, found(m_pos)));
        ++m_pos;
        skipWhitespace();
        const qsizetype valueStart = m_pos;
        QByteArray value;
        if (peek() == '"') {
            auto quoted = readQuoted(name);
            if (!quoted)
                return quoted.error();
            value = std::move(quoted).value();
        } else {
            while (!atEnd() && isTchar(peek()))
                value += m_text.at(m_pos++);
            if (!atEnd() && peek() != ',' && !isWhitespace(peek())) {
                // resource_metadata=https://host/path: ':' and '/' cannot be in a token, but the intent is
                // plain. Read up to the next ',' or space; a quote or a control character stays an error.
                const qsizetype odd = m_pos;
                while (!atEnd() && peek() != ',' && !isWhitespace(peek())) {
                    if (peek() == '"' || isControl(peek()))
                        return fail(m_pos,
                            QStringLiteral("the unquoted value of '%1' contains %2; a value with such characters "
                                           "must be a quoted string")
                                .arg(name, found(m_pos)));
                    value += m_text.at(m_pos++);
                }
                m_warnings << QStringLiteral("The value of '%1' (%2) is not quoted but contains %3, which a token "
                                             "cannot; it was read up to the next ',' or space. Servers should "
                                             "send %1=\"...\".")
                                  .arg(name, Names::quoted(utf8Text(value), 200), found(odd));
            }
            if (value.isEmpty())
                return fail(valueStart,
                    QStringLiteral("the parameter '%1' has no value: expected a token or a quoted string after '=', "
                                   "found %2")
                        .arg(name, found(valueStart)));
        }
        if (++m_params > WwwAuthenticate::kMaxParams)
            return fail(nameStart,
                QStringLiteral("more than %1 parameters; no real server sends that many")
                    .arg(WwwAuthenticate::kMaxParams));
        AuthChallenge& challenge = m_challenges.last();
        const QString text = QString::fromUtf8(value);
        const auto existing = std::find_if(challenge.params.cbegin(), challenge.params.cend(),
            [&name](const std::pair<QString, QString>& p) { return p.first == name; });
        if (existing != challenge.params.cend()) {
            m_warnings << QStringLiteral("%1 repeats the parameter '%2' (offset %3); the first value %4 is used and "
                                         "%5 is ignored.")
                              .arg(challengeName(), name, QString::number(nameStart),
                                  Names::quoted(existing->second, 200), Names::quoted(text, 200));
            return {};
        }
        challenge.params.append({name, text});
        return {};
    }

    Result<QByteArray> readQuoted(const QString& name)
    {
        const qsizetype open = m_pos++;
        QByteArray value;
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                ++m_pos;
                return value;
            }
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    break;
                if (isControl(peek()))
                    return fail(m_pos,
                        QStringLiteral("the quoted value of '%1' escapes %2, which cannot appear in a header")
                            .arg(name, found(m_pos)));
                value += m_text.at(m_pos++);
                continue;
            }
            if (isControl(c))
                return fail(m_pos, QStringLiteral("the quoted value of '%1' contains %2").arg(name, found(m_pos)));
            value += c;
            ++m_pos;
        }
        return fail(open,
            QStringLiteral("the quoted value of '%1' that starts here is never closed (no matching '\"')").arg(name));
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_fieldNumber = 1;
    int m_fieldCount = 1;
    QList<AuthChallenge>& m_challenges;
    QStringList& m_warnings;
    int& m_params;
    qsizetype m_challengesBefore = 0; // challenges of the earlier fields
};

} // namespace

bool AuthChallenge::isScheme(QLatin1String name) const
{
    return scheme.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<QString> AuthChallenge::param(QLatin1String name) const
{
    for (const auto& [key, value] : params) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

Result<WwwAuthenticate> WwwAuthenticate::parse(const QByteArray& fieldValue)
{
    return parse(QList<QByteArray>{fieldValue});
}

Result<WwwAuthenticate> WwwAuthenticate::parse(const QList<QByteArray>& fieldValues)
{
    if (fieldValues.isEmpty())
        return Error::invalid(kField, QStringLiteral("The response has no WWW-Authenticate field."));
    qsizetype total = 0;
    for (const QByteArray& value : fieldValues)
        total += value.size();
    if (total > kMaxBytes)
        return Error::invalid(kField,
            QStringLiteral("The WWW-Authenticate field is %1 bytes long; more than %2 bytes is not read (real "
                           "challenges take a few hundred).")
                .arg(total)
                .arg(kMaxBytes));

    WwwAuthenticate out;
    int params = 0;
    for (int i = 0; i < fieldValues.size(); ++i) {
        FieldParser parser(fieldValues.at(i), i + 1, int(fieldValues.size()), out.m_challenges, out.m_warnings, params);
        if (Status s = parser.run(); !s)
            return s.error();
    }
    if (out.m_challenges.isEmpty())
        return Error::invalid(
            kField, QStringLiteral("The WWW-Authenticate field is empty: it names no authentication scheme."));

    int bearers = 0;
    for (const AuthChallenge& c : std::as_const(out.m_challenges))
        bearers += c.isScheme(QLatin1String("Bearer")) ? 1 : 0;
    if (bearers > 1)
        out.m_warnings << QStringLiteral("There are %1 Bearer challenges; the first one is used.").arg(bearers);
    if (const AuthChallenge* b = out.bearer()) {
        if (!b->token68.isEmpty())
            out.m_warnings << QStringLiteral("The Bearer challenge carries a bare value (%1) instead of "
                                             "parameters; RFC 6750 defines only name=value parameters.")
                                  .arg(Names::quoted(b->token68, 200));
        const QString scope = out.scope();
        if (scope.contains(QLatin1Char(',')))
            out.m_warnings << QStringLiteral("The Bearer challenge's scope %1 contains ','. Scopes are separated by "
                                             "spaces (RFC 6750 section 3), so the commas become part of the scope "
                                             "names.")
                                  .arg(Names::quoted(scope, 200));
    }
    return out;
}

const AuthChallenge* WwwAuthenticate::bearer() const
{
    for (const AuthChallenge& c : m_challenges) {
        if (c.isScheme(QLatin1String("Bearer")))
            return &c;
    }
    return nullptr;
}

namespace {

QString bearerParam(const AuthChallenge* bearer, const char* name)
{
    if (!bearer)
        return {};
    return bearer->param(QLatin1String(name)).value_or(QString());
}

} // namespace

QString WwwAuthenticate::resourceMetadata() const
{
    return bearerParam(bearer(), "resource_metadata");
}

QString WwwAuthenticate::scope() const
{
    return bearerParam(bearer(), "scope");
}

QStringList WwwAuthenticate::scopes() const
{
    return scope().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString WwwAuthenticate::error() const
{
    return bearerParam(bearer(), "error");
}

QString WwwAuthenticate::errorDescription() const
{
    return bearerParam(bearer(), "error_description");
}

QString WwwAuthenticate::realm() const
{
    return bearerParam(bearer(), "realm");
}

} // namespace mcpauth
