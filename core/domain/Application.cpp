#include "Application.h"

#include "Names.h"
#include "redirect/RedirectUriRules.h"

#include <QUrl>

namespace mcpauth {

namespace {

// "86400 seconds (1 day)": the GUI edits seconds, people think in minutes, hours and days.
QString formatDuration(int seconds)
{
    const QString raw = QStringLiteral("%1 seconds").arg(QString::number(seconds));
    const auto unit = [&raw](int count, const char* singular, const char* plural) {
        return QStringLiteral("%1 (%2 %3)")
            .arg(raw, QString::number(count), QLatin1String(count == 1 ? singular : plural));
    };
    if (seconds <= 0)
        return raw;
    if (seconds % 86400 == 0)
        return unit(seconds / 86400, "day", "days");
    if (seconds % 3600 == 0)
        return unit(seconds / 3600, "hour", "hours");
    if (seconds % 60 == 0)
        return unit(seconds / 60, "minute", "minutes");
    return raw;
}

// A value read from the database or JSON may not be one of the enum's values.
template <typename E, std::size_t N>
void checkEnum(
    ValidationErrors& errors, const QString& field, const QString& label, const EnumNames<E, N>& names, E value)
{
    if (!enumName(names, value).isEmpty())
        return;
    QStringList choices;
    for (const QString& n : enumAllNames(names))
        choices << QStringLiteral("'%1'").arg(n);
    errors << FieldError{field,
        QStringLiteral("The %1 has an unknown value (%2). Choose one of %3.")
            .arg(label, QString::number(static_cast<int>(value)), choices.join(QStringLiteral(", ")))};
}

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!'))
        && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

// "localhost:3000" parses as scheme "localhost"; people mean a host and port without the scheme.
bool looksLikeHostAndPort(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon > 0 && !text.mid(colon).startsWith(QStringLiteral("://")) && colon + 1 < text.size()
        && text.at(colon + 1).isDigit();
}

// An origin as browsers send it in the Origin header (RFC 6454): scheme://host[:port], no default port.
void checkOrigin(ValidationErrors& errors, const QString& field, int index, const QString& origin)
{
    const QString name = QStringLiteral("CORS origin %1 (%2)").arg(QString::number(index), Names::quoted(origin));
    const QString example = QStringLiteral("https://app.example.com");
    const auto refuse = [&](const QString& text) { errors << FieldError{field, name + QLatin1Char(' ') + text}; };

    if (origin.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("CORS origin %1 is empty. Remove the empty entry or enter an origin such as %2.")
                .arg(QString::number(index), example)};
        return;
    }
    if (origin == QLatin1String("*")) {
        refuse(QStringLiteral("would let every website call the authorization server from a browser. List each "
                              "origin that needs access, such as %1.")
                   .arg(example));
        return;
    }
    if (origin == QLatin1String("null")) {
        refuse(QStringLiteral("is the origin of sandboxed pages and local files, which any website can produce. List "
                              "the real origins that need access, such as %1.")
                   .arg(example));
        return;
    }
    if (origin != origin.trimmed()) {
        refuse(QStringLiteral("starts or ends with white space. Write it as %1.").arg(origin.trimmed()));
        return;
    }
    const QUrl url(origin, QUrl::StrictMode);
    if (!url.isValid()) {
        refuse(QStringLiteral("is not a valid origin. Write it as scheme://host[:port], for example %1.").arg(example));
        return;
    }
    if (url.isRelative() || looksLikeHostAndPort(origin)) {
        const QString host = origin.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), 0, 0);
        refuse(QStringLiteral("has no scheme. Write it as %1://%2.")
                   .arg(RedirectUriRules::isLoopbackHost(host) ? QStringLiteral("http") : QStringLiteral("https"),
                       origin));
        return;
    }
    const QString scheme = url.scheme();
    const QString host = url.host(QUrl::FullyEncoded);
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        refuse(QStringLiteral("uses the scheme '%1'. Web page origins use https (or http on this machine), for "
                              "example %2.")
                   .arg(scheme, example));
        return;
    }
    if (host.isEmpty()) {
        refuse(QStringLiteral("has no host. Write it as scheme://host[:port], for example %1.").arg(example));
        return;
    }

    const bool ipv6 = host.contains(QLatin1Char(':'));
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const bool loopback = RedirectUriRules::isLoopbackHost(host);
    const QString expectedScheme = scheme == QLatin1String("http") && !loopback ? QStringLiteral("https") : scheme;
    QString expected
        = expectedScheme + QStringLiteral("://") + (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host);
    if (url.port() > 0 && url.port() != defaultPort)
        expected += QLatin1Char(':') + QString::number(url.port());

    bool reported = false;
    if (scheme == QLatin1String("http") && !loopback) {
        refuse(QStringLiteral("uses http on a host that is not this machine, so pages there would send tokens "
                              "unencrypted. Use https (write it as %1); http is accepted only for 127.0.0.1, [::1] "
                              "and localhost.")
                   .arg(expected));
        reported = true;
    }
    if (!url.userInfo().isEmpty()) {
        refuse(QStringLiteral("contains user information before the host, which an origin never has. Write it as %1.")
                   .arg(expected));
        reported = true;
    }
    QStringList extras;
    if (!url.path().isEmpty())
        extras << QStringLiteral("a path (%1)").arg(Names::quoted(url.path()));
    if (url.hasQuery())
        extras << QStringLiteral("a query");
    if (url.hasFragment())
        extras << QStringLiteral("a fragment");
    if (!extras.isEmpty()) {
        const QString what = extras.size() == 1
            ? extras.first()
            : QStringList(extras.mid(0, extras.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ")
                + extras.last();
        refuse(QStringLiteral("has %1, but an origin is only scheme://host[:port], exactly as browsers send it in "
                              "the Origin header. Write it as %2.")
                   .arg(what, expected));
        reported = true;
    }
    if (url.port() == 0) {
        refuse(QStringLiteral("names port 0, which no web server can listen on. Use the page's real port or leave the "
                              "port out."));
        reported = true;
    }
    if (reported || origin == expected)
        return;
    if (url.port() == defaultPort) {
        refuse(QStringLiteral("names the default port %1, which browsers leave out of the Origin header, so it would "
                              "never match. Write it as %2.")
                   .arg(QString::number(defaultPort), expected));
    } else if (origin.toLower() == expected) {
        refuse(QStringLiteral("has upper-case letters; browsers send scheme and host in lower case and origins are "
                              "compared exactly. Write it as %1.")
                   .arg(expected));
    } else {
        refuse(QStringLiteral("is not written the way browsers send it in the Origin header, and origins are "
                              "compared exactly. Write it as %1.")
                   .arg(expected));
    }
}

QString orList(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" or ")
        + items.last();
}

void checkCategoryType(ValidationErrors& errors, AppCategory category, const QString& type)
{
    const QString field = QStringLiteral("type");
    const QString categoryName = enumName(kAppCategoryNames, category);
    const QStringList types = Application::typesOf(category);
    if (categoryName.isEmpty() || types.contains(type))
        return;
    if (type.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The application has no type. For the category %1 choose %2.")
                .arg(categoryName, orList(types))};
        return;
    }
    for (const QString& t : types) {
        if (t.compare(type, Qt::CaseInsensitive) == 0) {
            errors << FieldError{field,
                QStringLiteral("The type %1 is written differently: write it as '%2'.").arg(Names::quoted(type), t)};
            return;
        }
    }
    for (const auto& [other, otherName] : kAppCategoryNames) {
        if (other == category)
            continue;
        for (const QString& t : Application::typesOf(other)) {
            if (t.compare(type, Qt::CaseInsensitive) == 0) {
                errors << FieldError{field,
                    QStringLiteral("The type '%1' belongs to the category %2, not %3. Choose %4, or change the "
                                   "category to %2.")
                        .arg(t, QLatin1String(otherName), categoryName, orList(types))};
                return;
            }
        }
    }
    errors << FieldError{field,
        QStringLiteral("The type %1 is not a type of the category %2. Choose %3.")
            .arg(Names::quoted(type), categoryName, orList(types))};
}

} // namespace

QStringList Application::typesOf(AppCategory category)
{
    switch (category) {
    case AppCategory::Default:
        return {QStringLiteral("All"), QStringLiteral("OIDC"), QStringLiteral("OAuth"), QStringLiteral("SAML"),
            QStringLiteral("CAS")};
    case AppCategory::Agent:
        return {QStringLiteral("MCP"), QStringLiteral("A2A")};
    }
    return {};
}

ValidationErrors Application::validate(const ApplicationLimits& limits) const
{
    ValidationErrors errors;

    if (organizationId.isEmpty()) {
        errors << FieldError{QStringLiteral("organizationId"),
            QStringLiteral("The application has no organization. Choose the organization it belongs to.")};
    }
    errors << Names::checkName(QStringLiteral("name"), name);
    errors << Names::checkDisplayText(QStringLiteral("displayName"), displayName, 200);
    errors << Names::checkDescription(QStringLiteral("description"), description, 1000);
    if (!clientId.isEmpty() && createdBy == CreatedBy::Cimd) {
        // A Client ID Metadata Document client is named by the https URL of its document; the
        // authorization server checked it fully before fetching (ClientMetadataFetcher).
        const QUrl url(clientId, QUrl::StrictMode);
        if (clientId.size() > 2048 || !url.isValid() || url.host().isEmpty() || url.path().isEmpty()
            || url.hasFragment() || !url.userInfo().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            errors << FieldError{QStringLiteral("clientId"),
                QStringLiteral("The client ID %1 of a metadata-document client must be the https URL of its "
                               "document, with a path and without a fragment.")
                    .arg(Names::quoted(clientId))};
        }
    } else if (!clientId.isEmpty()) {
        // RFC 3986 unreserved characters: a client ID travels unencoded in URLs and Basic credentials.
        errors << Names::checkIdentifier(
            QStringLiteral("clientId"), QStringLiteral("client ID"), clientId, 1, 128, QStringLiteral("._~-"));
    }

    checkEnum(errors, QStringLiteral("clientType"), QStringLiteral("client type"), kClientTypeNames, clientType);
    checkEnum(errors, QStringLiteral("authMethod"), QStringLiteral("token endpoint authentication method"),
        kAuthMethodNames, authMethod);
    checkEnum(errors, QStringLiteral("tokenFormat"), QStringLiteral("token format"), kTokenFormatNames, tokenFormat);
    checkEnum(errors, QStringLiteral("signingAlgorithm"), QStringLiteral("signing algorithm"), kSigningAlgorithmNames,
        signingAlgorithm);
    checkEnum(
        errors, QStringLiteral("consentPolicy"), QStringLiteral("consent policy"), kConsentPolicyNames, consentPolicy);
    checkEnum(errors, QStringLiteral("category"), QStringLiteral("category"), kAppCategoryNames, category);
    checkEnum(errors, QStringLiteral("createdBy"), QStringLiteral("creation source"), kCreatedByNames, createdBy);

    const QString authField = QStringLiteral("authMethod");
    if (clientType == ClientType::Public && authMethod != TokenEndpointAuthMethod::None) {
        errors << FieldError{authField,
            QStringLiteral("A public client has no secret, so its token endpoint authentication method must be "
                           "'none', not '%1'. Choose 'none', or make the client confidential.")
                .arg(enumName(kAuthMethodNames, authMethod))};
    }
    if (clientType == ClientType::Confidential && authMethod == TokenEndpointAuthMethod::None) {
        errors << FieldError{authField,
            QStringLiteral("A confidential client must prove its identity with its secret, so its token endpoint "
                           "authentication method cannot be 'none'. Choose 'client_secret_basic' or "
                           "'client_secret_post', or make the client public.")};
    }

    const QString grantField = QStringLiteral("grantTypes");
    if (grantTypes.isEmpty()) {
        errors << FieldError{grantField,
            QStringLiteral("The application has no grant type. Choose at least one: authorization_code for people "
                           "who sign in (with refresh_token to stay signed in), or client_credentials for a service "
                           "acting on its own behalf.")};
    }
    QList<GrantType> seenGrants;
    for (GrantType g : grantTypes) {
        if (seenGrants.contains(g)) {
            errors << FieldError{grantField,
                QStringLiteral("The grant type '%1' is listed more than once. List each grant type once.")
                    .arg(enumName(kGrantTypeNames, g))};
            continue;
        }
        seenGrants << g;
        if (enumName(kGrantTypeNames, g).isEmpty()) {
            errors << FieldError{grantField,
                QStringLiteral("A grant type has an unknown value (%1). Choose authorization_code, refresh_token or "
                               "client_credentials.")
                    .arg(QString::number(static_cast<int>(g)))};
        }
    }
    if (hasGrant(GrantType::RefreshToken) && !hasGrant(GrantType::AuthorizationCode)) {
        errors << FieldError{grantField,
            QStringLiteral("The refresh_token grant needs the authorization_code grant: refresh tokens are issued only "
                           "to people who signed in with an authorization code. Add authorization_code, or remove "
                           "refresh_token.")};
    }
    if (hasGrant(GrantType::ClientCredentials) && !isConfidential()) {
        errors << FieldError{grantField,
            QStringLiteral("A public client cannot use the client_credentials grant, because it has no secret to "
                           "prove who it is (OAuth 2.1 section 4.2). Make the client confidential, or remove "
                           "client_credentials.")};
    }

    const QString redirectField = QStringLiteral("redirectUris");
    if (hasGrant(GrantType::AuthorizationCode) && redirectUris.isEmpty()) {
        errors << FieldError{redirectField,
            QStringLiteral("The authorization_code grant needs at least one redirect URI. Add the address where the "
                           "client receives the code, for example %1.")
                .arg(isConfidential() ? QStringLiteral("https://app.example.com/callback")
                                      : QStringLiteral("http://127.0.0.1/callback for a desktop client"))};
    }
    const ClientKind kind = isConfidential() ? ClientKind::Web : ClientKind::Native;
    for (qsizetype i = 0; i < redirectUris.size(); ++i) {
        const QString& uri = redirectUris.at(i);
        const QString number = QString::number(i + 1);
        if (uri.isEmpty()) {
            errors << FieldError{redirectField,
                QStringLiteral("Redirect URI %1 is empty. Remove the empty entry or enter the address where the "
                               "client receives the code.")
                    .arg(number)};
            continue;
        }
        const qsizetype first = redirectUris.indexOf(uri);
        if (first < i) {
            errors << FieldError{redirectField,
                QStringLiteral("Redirect URI %1 (%2) is the same as redirect URI %3. Remove one of them.")
                    .arg(number, Names::quoted(uri), QString::number(first + 1))};
            continue;
        }
        const Status status = RedirectUriRules::validateRegistration(uri, kind);
        if (!status.isOk()) {
            // The rules name the URI themselves; our message already does, with its position.
            QString reason = status.error().message;
            const QString ownPrefix = QStringLiteral("redirect URI \"%1\": ").arg(uri);
            if (reason.startsWith(ownPrefix))
                reason.remove(0, ownPrefix.size());
            errors << FieldError{redirectField,
                QStringLiteral("Redirect URI %1 (%2): %3").arg(number, Names::quoted(uri), sentence(reason))};
        }
    }

    if (!isConfidential() && hasGrant(GrantType::AuthorizationCode) && !pkceRequired) {
        errors << FieldError{QStringLiteral("pkceRequired"),
            QStringLiteral("OAuth 2.1 requires PKCE for public clients that use the authorization code, because "
                           "otherwise anyone who intercepts a code can redeem it. Turn on 'PKCE required'.")};
    }

    if (accessTokenLifetime < limits.minAccessLifetime || accessTokenLifetime > limits.maxAccessLifetime) {
        errors << FieldError{QStringLiteral("accessTokenLifetime"),
            QStringLiteral("The access token lifetime of %1 is too %2. Choose between %3 and %4.")
                .arg(formatDuration(accessTokenLifetime),
                    accessTokenLifetime < limits.minAccessLifetime ? QStringLiteral("short") : QStringLiteral("long"),
                    formatDuration(limits.minAccessLifetime), formatDuration(limits.maxAccessLifetime))};
    }
    if (hasGrant(GrantType::RefreshToken)) {
        const QString field = QStringLiteral("refreshTokenLifetime");
        if (refreshTokenLifetime < accessTokenLifetime) {
            errors << FieldError{field,
                QStringLiteral("The refresh token lifetime of %1 is shorter than the access token lifetime of %2, but "
                               "a refresh token must outlive the access tokens it renews. Make it at least %2.")
                    .arg(formatDuration(refreshTokenLifetime), formatDuration(accessTokenLifetime))};
        } else if (refreshTokenLifetime > limits.maxRefreshLifetime) {
            errors << FieldError{field,
                QStringLiteral("The refresh token lifetime of %1 is too long. Choose at most %2.")
                    .arg(formatDuration(refreshTokenLifetime), formatDuration(limits.maxRefreshLifetime))};
        }
    }

    errors << Names::checkScopeList(QStringLiteral("allowedScopes"), allowedScopes);

    const QString corsField = QStringLiteral("corsOrigins");
    for (qsizetype i = 0; i < corsOrigins.size(); ++i) {
        const QString& origin = corsOrigins.at(i);
        const qsizetype first = corsOrigins.indexOf(origin);
        if (!origin.isEmpty() && first < i) {
            errors << FieldError{corsField,
                QStringLiteral("CORS origin %1 (%2) is the same as CORS origin %3. Remove one of them.")
                    .arg(QString::number(i + 1), Names::quoted(origin), QString::number(first + 1))};
            continue;
        }
        checkOrigin(errors, corsField, static_cast<int>(i + 1), origin);
    }

    checkCategoryType(errors, category, type);
    return errors;
}

} // namespace mcpauth
