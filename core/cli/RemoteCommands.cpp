#include "RemoteCommands.h"

#include "CliApplication.h"
#include "backend/Backend.h"
#include "domain/DomainJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace mcpauth {

namespace {

QString shortTime(qint64 ms)
{
    return ms == 0 ? QStringLiteral("-")
                   : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Result<int> limitFrom(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("limit")))
        return 100;
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 10000)
        return Error::invalid(QStringLiteral("limit"), QStringLiteral("--limit takes a number from 1 to 10000."));
    return limit;
}

// A token is a secret: it comes on standard input (one line), never on the command line.
Result<QString> tokenFromStdin()
{
    QTextStream in(stdin);
    const QString value = in.readLine().trimmed();
    if (value.isEmpty())
        return Error::invalid(QStringLiteral("token"),
            QStringLiteral("No token was given on standard input (one line, e.g. "
                           "printf '%s\\n' \"$TOKEN\" | mcp-auth --profile NAME token introspect)."));
    return value;
}

} // namespace

RemoteCommands::RemoteCommands(CliApplication& cli)
    : m_cli(cli)
{ }

std::optional<RemoteCommands::Entry> RemoteCommands::find(const QString& command, QCommandLineParser& p)
{
    using F = RemoteSession::Finish;
    auto with = [this, &p](void (RemoteCommands::*fn)(QCommandLineParser&, Backend&, const F&)) {
        return [this, &p, fn](Backend& b, F finish) { (this->*fn)(p, b, finish); };
    };
    auto without = [this](void (RemoteCommands::*fn)(Backend&, const F&)) {
        return [this, fn](Backend& b, F finish) { (this->*fn)(b, finish); };
    };
    if (command == QLatin1String("app list"))
        return Entry{Capability::Applications, with(&RemoteCommands::appList)};
    if (command == QLatin1String("app show"))
        return Entry{Capability::Applications, with(&RemoteCommands::appShow)};
    if (command == QLatin1String("app add"))
        return Entry{Capability::ApplicationWrite, with(&RemoteCommands::appAdd)};
    if (command == QLatin1String("app update"))
        return Entry{Capability::ApplicationWrite, with(&RemoteCommands::appUpdate)};
    if (command == QLatin1String("app delete"))
        return Entry{Capability::ApplicationWrite, with(&RemoteCommands::appDelete)};
    if (command == QLatin1String("app rotate-secret"))
        return Entry{Capability::SecretRotation, with(&RemoteCommands::appRotateSecret)};
    if (command == QLatin1String("org list"))
        return Entry{Capability::Organizations, without(&RemoteCommands::orgList)};
    if (command == QLatin1String("token list"))
        return Entry{Capability::TokenList, with(&RemoteCommands::tokenList)};
    if (command == QLatin1String("token show"))
        return Entry{Capability::TokenList, with(&RemoteCommands::tokenShow)};
    if (command == QLatin1String("token revoke"))
        return Entry{Capability::TokenRevoke, with(&RemoteCommands::tokenRevoke)};
    if (command == QLatin1String("token introspect"))
        return Entry{Capability::TokenLookup, without(&RemoteCommands::tokenIntrospect)};
    if (command == QLatin1String("audit list"))
        return Entry{Capability::AuditLog, with(&RemoteCommands::auditList)};
    if (command == QLatin1String("key list"))
        return Entry{Capability::SigningKeys, without(&RemoteCommands::keyList)};
    if (command == QLatin1String("server show"))
        return Entry{std::nullopt, without(&RemoteCommands::serverShow)};
    return std::nullopt;
}

void RemoteCommands::appList(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    backend.applications(p.value(QStringLiteral("org")), &m_context, [this, finish](Result<QList<Application>> apps) {
        if (!apps)
            return finish(m_cli.fail(apps.error()));
        finish(m_cli.printList(*apps,
            {QStringLiteral("NAME"), QStringLiteral("CLIENT ID"), QStringLiteral("TYPE"), QStringLiteral("REDIRECTS"),
                QStringLiteral("GRANTS"), QStringLiteral("NOTE")},
            [](const Application& a) {
                QStringList grants;
                for (GrantType g : a.grantTypes)
                    grants << enumName(kGrantTypeNames, g);
                return QStringList{a.name, a.clientId, enumName(kClientTypeNames, a.clientType),
                    QString::number(a.redirectUris.size()), grants.join(QLatin1Char(',')), a.description};
            }));
    });
}

void RemoteCommands::appShow(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    auto ref = m_cli.positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return finish(m_cli.fail(ref.error()));
    backend.application(*ref, &m_context, [this, finish](Result<Application> app) {
        finish(app ? m_cli.printApplication(*app, {}) : m_cli.fail(app.error()));
    });
}

void RemoteCommands::appAdd(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    auto name = m_cli.positional(p, 0, QStringLiteral("application name"));
    if (!name)
        return finish(m_cli.fail(name.error()));
    Application app;
    app.organizationId = p.value(QStringLiteral("org"));
    app.name = *name;
    app.createdBy = CreatedBy::Cli;
    if (const Status applied = m_cli.applyApplicationOptions(p, app, true); !applied)
        return finish(m_cli.fail(applied.error()));
    backend.createApplication(app, &m_context, [this, finish](Result<SavedApplication> saved) {
        if (!saved)
            return finish(m_cli.fail(saved.error()));
        const int code = m_cli.printApplication(saved->application, saved->clientSecret);
        if (!saved->registrationAccessToken.isEmpty()) {
            // The backend could not keep it (no keychain): this is the only chance to see it.
            m_cli.m_out.errorLine(QStringLiteral(
                "mcp-auth: warning: no keychain could keep the registration access token, so this console cannot "
                "manage the client later. Keep it now (it is shown only this once):"));
            m_cli.m_out.errorLine(saved->registrationAccessToken);
        }
        finish(code);
    });
}

void RemoteCommands::appUpdate(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    auto ref = m_cli.positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return finish(m_cli.fail(ref.error()));
    backend.application(*ref, &m_context, [this, &p, &backend, finish](Result<Application> app) {
        if (!app)
            return finish(m_cli.fail(app.error()));
        Application changed = *app;
        if (const Status applied = m_cli.applyApplicationOptions(p, changed, false); !applied)
            return finish(m_cli.fail(applied.error()));
        backend.updateApplication(changed, &m_context, [this, finish](Result<SavedApplication> saved) {
            finish(saved ? m_cli.printApplication(saved->application, saved->clientSecret) : m_cli.fail(saved.error()));
        });
    });
}

void RemoteCommands::appDelete(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    auto ref = m_cli.positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return finish(m_cli.fail(ref.error()));
    const QString what = *ref;
    backend.removeApplication(what, &m_context, [this, what, finish](Result<ApplicationImpact> removed) {
        if (!removed)
            return finish(m_cli.fail(removed.error()));
        finish(m_cli.report(QJsonObject{{QStringLiteral("deleted"), what}},
            QStringLiteral("Deleted application %1 on the server.").arg(what)));
    });
}

void RemoteCommands::appRotateSecret(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    auto ref = m_cli.positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return finish(m_cli.fail(ref.error()));
    const QString what = *ref;
    backend.rotateSecret(what, &m_context, [this, what, finish](Result<QString> secret) {
        if (!secret)
            return finish(m_cli.fail(secret.error()));
        if (m_cli.m_out.json()) {
            m_cli.m_out.jsonValue(
                QJsonObject{{QStringLiteral("application"), what}, {QStringLiteral("clientSecret"), *secret}});
        } else {
            m_cli.m_out.line(QStringLiteral("New client secret for %1: %2").arg(what, *secret));
            m_cli.m_out.line(
                QStringLiteral("Store it now: it is shown only this once. The old secret no longer works."));
        }
        finish(CliApplication::kExitOk);
    });
}

void RemoteCommands::orgList(Backend& backend, const RemoteSession::Finish& finish)
{
    backend.organizations(&m_context, [this, finish](Result<QList<Organization>> orgs) {
        if (!orgs)
            return finish(m_cli.fail(orgs.error()));
        finish(m_cli.printList(*orgs,
            {QStringLiteral("NAME"), QStringLiteral("DISPLAY NAME"), QStringLiteral("CREATED (UTC)"),
                QStringLiteral("ID")},
            [](const Organization& o) {
                return QStringList{o.name, o.displayName, shortTime(o.createdAt), o.id};
            }));
    });
}

void RemoteCommands::tokenList(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    for (const char* local : {"user", "since", "until", "kind", "state", "resource"}) {
        if (p.isSet(QString::fromLatin1(local)))
            return finish(m_cli.fail(Error::make(ErrorCode::Unsupported,
                QStringLiteral("--%1 filters the local store's tokens only; on a remote backend, filter with --app.")
                    .arg(QString::fromLatin1(local)))));
    }
    auto limit = limitFrom(p);
    if (!limit)
        return finish(m_cli.fail(limit.error()));
    TokenFilter filter;
    filter.applicationId = p.value(QStringLiteral("app"));
    TokenPageRequest request;
    request.limit = *limit;
    backend.tokenPage(filter, request, &m_context, [this, finish](Result<TokenPage> page) {
        if (!page)
            return finish(m_cli.fail(page.error()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_cli.m_out.json()) {
            QJsonArray a;
            for (const Token& t : page->tokens)
                a << DomainJson::toJson(t, now);
            m_cli.m_out.jsonValue(a);
            return finish(CliApplication::kExitOk);
        }
        QList<QStringList> rows;
        for (const Token& t : page->tokens)
            rows << QStringList{t.id, enumName(kTokenKindNames, t.kind), enumName(kTokenStateNames, t.stateAt(now)),
                t.applicationId, t.userId, shortTime(t.issuedAt), shortTime(t.expiresAt),
                t.scopes.join(QLatin1Char(' '))};
        m_cli.m_out.table({QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATE"), QStringLiteral("APP"),
                              QStringLiteral("USER"), QStringLiteral("ISSUED (UTC)"), QStringLiteral("EXPIRES (UTC)"),
                              QStringLiteral("SCOPES")},
            rows);
        finish(CliApplication::kExitOk);
    });
}

void RemoteCommands::tokenShow(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    auto id = m_cli.positional(p, 0, QStringLiteral("token id"));
    if (!id)
        return finish(m_cli.fail(id.error()));
    backend.token(*id, &m_context, [this, finish](Result<Token> t) {
        if (!t)
            return finish(m_cli.fail(t.error()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_cli.m_out.json()) {
            m_cli.m_out.jsonValue(DomainJson::toJson(*t, now));
            return finish(CliApplication::kExitOk);
        }
        m_cli.m_out.fields({{QStringLiteral("Id"), t->id}, {QStringLiteral("Kind"), enumName(kTokenKindNames, t->kind)},
            {QStringLiteral("State"), enumName(kTokenStateNames, t->stateAt(now))},
            {QStringLiteral("Application"), t->applicationId}, {QStringLiteral("User"), t->userId},
            {QStringLiteral("Resource (aud)"), t->resource},
            {QStringLiteral("Scopes"), t->scopes.join(QLatin1Char(' '))},
            {QStringLiteral("Issued"), shortTime(t->issuedAt)}, {QStringLiteral("Expires"), shortTime(t->expiresAt)},
            {QStringLiteral("Revoked"), shortTime(t->revokedAt)}});
        finish(CliApplication::kExitOk);
    });
}

void RemoteCommands::tokenRevoke(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    const QStringList args = p.positionalArguments();
    const bool fromStdin = p.isSet(QStringLiteral("stdin"));
    if (fromStdin == (args.size() == 1) || args.size() > 1)
        return finish(m_cli.usage(QStringLiteral("on a remote backend, token revoke takes one token id, or --stdin and "
                                                 "the token itself on standard input.")));
    if (fromStdin) {
        auto token = tokenFromStdin();
        if (!token)
            return finish(m_cli.fail(token.error()));
        backend.revokeTokenValue(*token, &m_context, [this, finish](Status revoked) {
            if (!revoked)
                return finish(m_cli.fail(revoked.error()));
            finish(m_cli.report(QJsonObject{{QStringLiteral("revoked"), true}},
                QStringLiteral("The server accepted the revocation (RFC 7009): the token is no longer valid there. "
                               "The server answers the same for a token it did not know. JWT access tokens that a "
                               "resource server validates offline stay usable until they expire.")));
        });
        return;
    }
    backend.revokeToken(args.first(), &m_context, [this, finish](Result<qint64> revoked) {
        if (!revoked)
            return finish(m_cli.fail(revoked.error()));
        finish(m_cli.report(QJsonObject{{QStringLiteral("revoked"), *revoked}},
            QStringLiteral("Revoked %1 token(s). JWT access tokens validated offline stay usable until they expire.")
                .arg(*revoked)));
    });
}

void RemoteCommands::tokenIntrospect(Backend& backend, const RemoteSession::Finish& finish)
{
    auto token = tokenFromStdin();
    if (!token)
        return finish(m_cli.fail(token.error()));
    backend.introspectToken(*token, &m_context, [this, finish](Result<TokenIntrospection> answer) {
        if (!answer)
            return finish(m_cli.fail(answer.error()));
        if (m_cli.m_out.json())
            m_cli.m_out.jsonValue(answer->json);
        else
            m_cli.m_out.line(answer->describe(QDateTime::currentMSecsSinceEpoch()).join(QLatin1Char('\n')));
        finish(CliApplication::kExitOk);
    });
}

void RemoteCommands::auditList(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish)
{
    auto limit = limitFrom(p);
    if (!limit)
        return finish(m_cli.fail(limit.error()));
    AuditFilter filter;
    filter.actor = p.value(QStringLiteral("actor"));
    filter.action = p.value(QStringLiteral("action"));
    filter.targetId = p.value(QStringLiteral("target"));
    backend.auditEvents(filter, 0, *limit, &m_context, [this, finish](Result<QList<AuditEvent>> events) {
        if (!events)
            return finish(m_cli.fail(events.error()));
        finish(m_cli.printList(*events,
            {QStringLiteral("TIME (UTC)"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"), QStringLiteral("TARGET"),
                QStringLiteral("OUTCOME")},
            [](const AuditEvent& e) {
                return QStringList{
                    shortTime(e.time), e.actor, e.action, e.targetId, enumName(kAuditOutcomeNames, e.outcome)};
            }));
    });
}

void RemoteCommands::keyList(Backend& backend, const RemoteSession::Finish& finish)
{
    backend.signingKeys(&m_context, [this, finish](Result<QList<SigningKey>> keys) {
        if (!keys)
            return finish(m_cli.fail(keys.error()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_cli.m_out.json()) {
            QJsonArray a;
            for (const SigningKey& k : *keys)
                a << DomainJson::toJson(k, now);
            m_cli.m_out.jsonValue(a);
            return finish(CliApplication::kExitOk);
        }
        QList<QStringList> rows;
        for (const SigningKey& k : *keys)
            rows << QStringList{k.kid, enumName(kSigningAlgorithmNames, k.algorithm), shortTime(k.createdAt)};
        m_cli.m_out.table({QStringLiteral("KID"), QStringLiteral("ALG"), QStringLiteral("CREATED (UTC)")}, rows);
        finish(CliApplication::kExitOk);
    });
}

void RemoteCommands::serverShow(Backend& backend, const RemoteSession::Finish& finish)
{
    backend.serverDocuments(&m_context, [this, finish](Result<ServerDocuments> docs) {
        if (!docs)
            return finish(m_cli.fail(docs.error()));
        if (m_cli.m_out.json()) {
            m_cli.m_out.jsonValue(QJsonObject{{QStringLiteral("metadataUrl"), docs->metadataUrl.toString()},
                {QStringLiteral("metadata"), docs->metadata}, {QStringLiteral("jwksUrl"), docs->jwksUrl.toString()},
                {QStringLiteral("jwks"), docs->jwks}, {QStringLiteral("jwksProblem"), docs->jwksProblem}});
            return finish(CliApplication::kExitOk);
        }
        QList<std::pair<QString, QString>> rows{{QStringLiteral("Metadata"), docs->metadataUrl.toString()}};
        for (auto it = docs->metadata.constBegin(); it != docs->metadata.constEnd(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isArray()) {
                QStringList items;
                for (const QJsonValue& item : v.toArray())
                    items << (item.isString()
                            ? item.toString()
                            : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
                text = items.join(QLatin1Char(' '));
            } else if (v.isString()) {
                text = v.toString();
            } else {
                text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            }
            rows.append({QStringLiteral("  ") + it.key(), text});
        }
        rows.append({QStringLiteral("JWKS"), docs->jwksUrl.isEmpty() ? QStringLiteral("-") : docs->jwksUrl.toString()});
        if (!docs->jwksProblem.isEmpty())
            rows.append({QStringLiteral("  problem"), docs->jwksProblem});
        for (const QJsonValue& key : docs->jwks.value(QStringLiteral("keys")).toArray()) {
            const QJsonObject k = key.toObject();
            rows.append({QStringLiteral("  key"),
                QStringLiteral("%1 %2 %3 use=%4")
                    .arg(k.value(QStringLiteral("kid")).toString(), k.value(QStringLiteral("kty")).toString(),
                        k.value(QStringLiteral("alg")).toString(), k.value(QStringLiteral("use")).toString())});
        }
        m_cli.m_out.fields(rows);
        finish(CliApplication::kExitOk);
    });
}

} // namespace mcpauth
