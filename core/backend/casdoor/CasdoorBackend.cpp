#include "CasdoorBackend.h"

#include "CasdoorClient.h"
#include "CasdoorMapping.h"
#include "backend/ConnectionProfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

namespace mcpauth {

namespace {

const QString kAdmin = QStringLiteral("admin");

QString adminId(const QString& name)
{
    return kAdmin + QLatin1Char('/') + CasdoorMapping::nameOf(name);
}

bool matches(const Token& t, const TokenFilter& f, qint64 now)
{
    if (!f.applicationId.isEmpty() && t.applicationId != f.applicationId)
        return false;
    if (!f.userId.isEmpty() && t.userId != f.userId)
        return false;
    if (!f.resource.isEmpty() && t.resource != f.resource)
        return false;
    if (f.kind && t.kind != *f.kind)
        return false;
    if (f.state && t.stateAt(f.now != 0 ? f.now : now) != *f.state)
        return false;
    if (f.issuedFrom != 0 && t.issuedAt < f.issuedFrom)
        return false;
    if (f.issuedTo != 0 && t.issuedAt >= f.issuedTo)
        return false;
    return true;
}

bool matches(const AuditEvent& e, const AuditFilter& f)
{
    if (!f.actor.isEmpty() && e.actor != f.actor)
        return false;
    if (!f.action.isEmpty()
        && !(f.action.endsWith(QLatin1Char('.')) ? e.action.startsWith(f.action) : e.action == f.action))
        return false;
    if (!f.targetType.isEmpty() && e.targetType != f.targetType)
        return false;
    if (!f.targetId.isEmpty() && e.targetId != f.targetId)
        return false;
    if (f.outcome && e.outcome != *f.outcome)
        return false;
    if (f.from != 0 && e.time < f.from)
        return false;
    if (f.to != 0 && e.time >= f.to)
        return false;
    if (!f.text.isEmpty()) {
        const QString hay = e.actor + QLatin1Char(' ') + e.action + QLatin1Char(' ') + e.targetId + QLatin1Char(' ')
            + e.details.value(QStringLiteral("requestUri")).toString();
        if (!hay.contains(f.text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// Nothing to filter on but the organization: Casdoor can page and count by itself.
bool onlyOrganization(const TokenFilter& f)
{
    return f.applicationId.isEmpty() && f.userId.isEmpty() && f.resource.isEmpty() && !f.kind && !f.state
        && f.issuedFrom == 0 && f.issuedTo == 0;
}

bool isFilterEmpty(const AuditFilter& f)
{
    return f.actor.isEmpty() && f.action.isEmpty() && f.targetType.isEmpty() && f.targetId.isEmpty() && !f.outcome
        && f.from == 0 && f.to == 0 && f.text.isEmpty();
}

// The fields Casdoor computes on every read; they say nothing about what was stored.
QJsonObject stored(QJsonObject raw)
{
    raw.remove(QStringLiteral("organizationObj"));
    raw.remove(QStringLiteral("certPublicKey"));
    return raw;
}

} // namespace

CasdoorBackend::CasdoorBackend(const QUrl& baseUrl, const QString& organization, const QString& clientId,
    const QString& clientSecret, QObject* parent)
    : Backend(parent)
    , m_client(new CasdoorClient(baseUrl, clientId, clientSecret, this))
    , m_organization(organization)
{ }

CasdoorBackend::~CasdoorBackend() = default;

void CasdoorBackend::setTimeout(int ms)
{
    m_client->setTimeout(ms);
}

void CasdoorBackend::setPageSize(int size)
{
    m_client->setPageSize(size);
}

QString CasdoorBackend::displayName() const
{
    return tr("Casdoor: %1 (organization %2)").arg(m_client->baseUrl().toString(QUrl::RemoveUserInfo), m_organization);
}

QString CasdoorBackend::actor() const
{
    // Casdoor knows the caller as "app/<application name>"; the client ID is what the profile names.
    return m_client->clientId();
}

BackendCapabilities CasdoorBackend::capabilities() const
{
    BackendCapabilities caps = ConnectionProfile::expectedCapabilities(BackendKind::Casdoor);
    caps.remove(Capability::SecretRotation,
        tr("Casdoor generates an application's secret once; change it in Casdoor's application page."));
    return caps;
}

QString CasdoorBackend::difference(const QString& topic) const
{
    if (topic == QLatin1String("application.consentPolicy"))
        return tr("Casdoor's consent policy is fixed: it asks once for the scopes listed in the application's "
                  "consent scopes, and remembers the answer.");
    if (topic == QLatin1String("application.redirectUris"))
        return tr("Casdoor has no \":*\" port wildcard: http://127.0.0.1:*/callback is stored as "
                  "127.0.0.1/callback, its scheme-less form, which accepts any port (and https too). Casdoor also "
                  "accepts any http://localhost and http://127.0.0.1 redirect for every application.");
    if (topic == QLatin1String("application.pkceRequired"))
        return tr("Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and "
                  "accepts requests without one.");
    if (topic == QLatin1String("application.corsOrigins"))
        return tr("Casdoor has no CORS setting per application: it allows an origin that matches one of the "
                  "application's redirect URIs, or a loopback origin.");
    if (topic == QLatin1String("token.revoke"))
        return tr("Casdoor has no revocation endpoint. Expiring a token keeps its record (update-token with "
                  "expiresIn 0); deleting removes it. Either way Casdoor refuses the token from then on, but a "
                  "resource server that validates the JWT offline accepts it until it expires.");
    if (topic == QLatin1String("application.lifetimes"))
        return tr("Casdoor counts lifetimes in hours and gives new applications 168 hours (seven days) for access "
                  "tokens. It accepts up to a year here; the console's own server allows at most one day, because a "
                  "leaked access token works until it expires. Lower it unless your clients need it.");
    if (topic == QLatin1String("consents"))
        return tr("Casdoor keeps consents in each user's applicationScopes. Revoking a consent does not revoke the "
                  "tokens already issued.");
    if (topic == QLatin1String("audit"))
        return tr("These are Casdoor's records: by default only POST requests are recorded, and calls made with "
                  "application credentials (like this console's) may not be recorded at all.");
    return {};
}

ApplicationLimits CasdoorBackend::applicationLimits() const
{
    // Casdoor sets no upper bound; a year keeps a typo (hours for seconds) from making tokens eternal.
    ApplicationLimits limits;
    limits.maxAccessLifetime = limits.maxRefreshLifetime;
    return limits;
}

QString CasdoorBackend::org(const QString& organizationId) const
{
    return organizationId.isEmpty() ? m_organization : organizationId;
}

void CasdoorBackend::open(QObject* context, Done done)
{
    // get-organizations needs a signed-in caller, so it also tells whether the credentials were taken.
    m_client->getAll(QStringLiteral("get-organizations"), {{QStringLiteral("owner"), kAdmin}}, context,
        [this, done = std::move(done)](Result<QJsonArray> orgs) {
            if (!orgs) {
                done(orgs.error());
                return;
            }
            for (const QJsonValue& o : *orgs) {
                if (o.toObject().value(QStringLiteral("name")).toString() == m_organization) {
                    done(Status());
                    return;
                }
            }
            done(Error::make(ErrorCode::NotFound,
                tr("Casdoor has no organization \"%1\"; check the profile's organization.").arg(m_organization)));
        });
}

void CasdoorBackend::organizations(QObject* context, Reply<QList<Organization>> done)
{
    m_client->getAll(QStringLiteral("get-organizations"), {{QStringLiteral("owner"), kAdmin}}, context,
        [done = std::move(done)](Result<QJsonArray> rows) {
            if (!rows) {
                done(rows.error());
                return;
            }
            QList<Organization> out;
            for (const QJsonValue& row : *rows)
                out << CasdoorMapping::organization(row.toObject());
            done(out);
        });
}

void CasdoorBackend::applications(const QString& organizationId, QObject* context, Reply<QList<Application>> done)
{
    m_client->getAll(QStringLiteral("get-organization-applications"),
        {{QStringLiteral("owner"), kAdmin}, {QStringLiteral("organization"), org(organizationId)}}, context,
        [this, done = std::move(done)](Result<QJsonArray> rows) {
            if (!rows) {
                done(rows.error());
                return;
            }
            QList<Application> out;
            for (const QJsonValue& row : *rows) {
                const QJsonObject raw = row.toObject();
                m_read.insert(raw.value(QStringLiteral("name")).toString(), raw);
                out << CasdoorMapping::application(raw);
            }
            done(out);
        });
}

void CasdoorBackend::rawApplication(const QString& name, QObject* context, RawReply done)
{
    m_client->get(QStringLiteral("get-application"), {{QStringLiteral("id"), adminId(name)}}, context,
        [this, name, done = std::move(done)](Result<CasdoorReply> reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            // Casdoor answers "ok" with data null for an application it does not have.
            if (!reply->data.isObject()) {
                done(Error::make(
                    ErrorCode::NotFound, tr("Casdoor has no application \"%1\".").arg(CasdoorMapping::nameOf(name))));
                return;
            }
            done(reply->data.toObject());
        });
}

void CasdoorBackend::application(const QString& ref, QObject* context, Reply<Application> done)
{
    rawApplication(ref, context, [this, done = std::move(done)](Result<QJsonObject> raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        m_read.insert(raw->value(QStringLiteral("name")).toString(), *raw);
        done(CasdoorMapping::application(*raw));
    });
}

void CasdoorBackend::createApplication(const Application& app, QObject* context, Reply<SavedApplication> done)
{
    Result<QJsonObject> body = CasdoorMapping::newApplication(app, m_organization);
    if (!body) {
        deliver(context, std::move(done), body.error());
        return;
    }
    QPointer<QObject> guard(context);
    m_client->post(QStringLiteral("add-application"), {}, *body, context,
        [this, guard, name = app.name, done = std::move(done)](Result<CasdoorReply> reply) mutable {
            if (!reply) {
                done(reply.error());
                return;
            }
            if (reply->data.toString() != QLatin1String("Affected")) {
                done(Error::make(ErrorCode::Conflict,
                    tr("Casdoor did not add the application \"%1\": the name or client ID may be taken, or the "
                       "application quota reached.")
                        .arg(name)));
                return;
            }
            // The generated client ID and secret are only known by reading the application back.
            rawApplication(name, guard, [this, done = std::move(done)](Result<QJsonObject> raw) {
                if (!raw) {
                    done(raw.error());
                    return;
                }
                m_read.insert(raw->value(QStringLiteral("name")).toString(), *raw);
                SavedApplication saved;
                saved.application = CasdoorMapping::application(*raw);
                saved.clientSecret = raw->value(QStringLiteral("clientSecret")).toString();
                done(saved);
            });
        });
}

void CasdoorBackend::updateApplication(const Application& app, QObject* context, Reply<SavedApplication> done)
{
    const QString oldName = app.id.isEmpty() ? app.name : CasdoorMapping::nameOf(app.id);
    QPointer<QObject> guard(context);
    rawApplication(oldName, context, [this, guard, app, oldName, done = std::move(done)](Result<QJsonObject> fresh) {
        if (!fresh) {
            done(fresh.error());
            return;
        }
        // What the user saw (the last read) against what they saved: those fields, and only those, are
        // written onto the object as Casdoor holds it now.
        const Application seen = CasdoorMapping::application(m_read.value(oldName, *fresh));
        const QStringList fields = CasdoorMapping::changedFields(seen, app);
        Result<QJsonObject> merged = CasdoorMapping::merge(*fresh, app, fields);
        if (!merged) {
            done(merged.error());
            return;
        }
        if (fields.isEmpty()) {
            m_read.insert(oldName, *fresh);
            done(SavedApplication{CasdoorMapping::application(*fresh), {}, {}});
            return;
        }
        const QJsonObject before = *fresh;
        m_client->post(QStringLiteral("update-application"), {{QStringLiteral("id"), adminId(oldName)}}, *merged, guard,
            [this, guard, app, oldName, fields, before, done = std::move(done)](Result<CasdoorReply> reply) mutable {
                if (!reply || reply->data.toString() != QLatin1String("Affected")) {
                    const Error error = reply ? Error::make(ErrorCode::Conflict,
                                            tr("Casdoor did not change the application \"%1\".").arg(oldName))
                                              : reply.error();
                    explainFailedWrite(oldName, before, error, guard, std::move(done));
                    return;
                }
                rawApplication(
                    app.name, guard, [this, app, oldName, fields, done = std::move(done)](Result<QJsonObject> after) {
                        if (!after) {
                            done(Error::make(after.error().code,
                                tr("Casdoor accepted the change, but reading the application back failed: %1")
                                    .arg(after.error().message)));
                            return;
                        }
                        m_read.remove(oldName);
                        m_read.insert(app.name, *after);
                        const Application now = CasdoorMapping::application(*after);
                        const QStringList differ = CasdoorMapping::changedFields(now, app);
                        for (const QString& field : fields) {
                            if (differ.contains(field)) {
                                done(Error::invalid(field,
                                    tr("Casdoor accepted the change but did not store the field \"%1\"; it holds the "
                                       "value shown after a refresh.")
                                        .arg(field)));
                                return;
                            }
                        }
                        done(SavedApplication{now, {}, {}});
                    });
            });
    });
}

void CasdoorBackend::explainFailedWrite(
    const QString& name, const QJsonObject& before, const Error& error, QObject* context, Reply<SavedApplication> done)
{
    rawApplication(name, context, [this, name, before, error, done = std::move(done)](Result<QJsonObject> now) {
        if (!now) {
            done(Error{error.code,
                tr("%1 Whether the application changed could not be checked: %2")
                    .arg(error.message, now.error().message),
                error.field});
            return;
        }
        m_read.insert(name, *now);
        if (stored(*now) == stored(before)) {
            done(Error{
                error.code, tr("%1 Nothing was changed (read back from Casdoor).").arg(error.message), error.field});
            return;
        }
        done(Error{error.code,
            tr("%1 The application in Casdoor now differs from before; refresh and check it.").arg(error.message),
            error.field});
    });
}

void CasdoorBackend::applicationImpact(const QString& ref, QObject* context, Reply<ApplicationImpact> done)
{
    const QString name = CasdoorMapping::nameOf(ref);
    TokenFilter filter;
    filter.applicationId = name;
    matchingTokens(filter, context, [done = std::move(done)](Result<QJsonArray> tokens) {
        if (!tokens) {
            done(tokens.error());
            return;
        }
        ApplicationImpact impact;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QJsonValue& t : *tokens) {
            ++impact.tokens;
            if (CasdoorMapping::token(t.toObject()).stateAt(now) == TokenState::Active)
                ++impact.activeTokens;
        }
        done(impact);
    });
}

void CasdoorBackend::removeApplication(const QString& ref, QObject* context, Reply<ApplicationImpact> done)
{
    QPointer<QObject> guard(context);
    rawApplication(ref, context, [this, guard, done = std::move(done)](Result<QJsonObject> raw) mutable {
        if (!raw) {
            done(raw.error());
            return;
        }
        const QString name = raw->value(QStringLiteral("name")).toString();
        // Casdoor's delete matches owner, name and organization, and leaves the tokens in place.
        const QJsonObject body{{QStringLiteral("owner"), kAdmin}, {QStringLiteral("name"), name},
            {QStringLiteral("organization"), raw->value(QStringLiteral("organization")).toString()}};
        m_client->post(QStringLiteral("delete-application"), {}, body, guard,
            [this, name, done = std::move(done)](Result<CasdoorReply> reply) {
                if (!reply) {
                    done(reply.error());
                    return;
                }
                if (reply->data.toString() != QLatin1String("Affected")) {
                    done(Error::make(ErrorCode::Conflict,
                        tr("Casdoor did not delete the application \"%1\" (it may be gone already, or be "
                           "app-built-in, which cannot be deleted).")
                            .arg(name)));
                    return;
                }
                m_read.remove(name);
                Q_EMIT dataChanged(0);
                done(ApplicationImpact{});
            });
    });
}

void CasdoorBackend::users(const QString& organizationId, QObject* context, Reply<QList<User>> done)
{
    m_client->getAll(QStringLiteral("get-users"), {{QStringLiteral("owner"), org(organizationId)}}, context,
        [done = std::move(done)](Result<QJsonArray> rows) {
            if (!rows) {
                done(rows.error());
                return;
            }
            QList<User> out;
            for (const QJsonValue& row : *rows)
                out << CasdoorMapping::user(row.toObject());
            done(out);
        });
}

void CasdoorBackend::matchingTokens(const TokenFilter& filter, QObject* context, ListReply done)
{
    CasdoorClient::Query query{
        {QStringLiteral("owner"), kAdmin}, {QStringLiteral("organization"), org(filter.organizationId)}};
    // Casdoor filters on one field, by substring; the exact match is made here.
    if (!filter.applicationId.isEmpty())
        query << QPair{QStringLiteral("field"), QStringLiteral("application")}
              << QPair{QStringLiteral("value"), filter.applicationId};
    m_client->getAll(
        QStringLiteral("get-tokens"), query, context, [filter, done = std::move(done)](Result<QJsonArray> rows) {
            if (!rows) {
                done(rows.error());
                return;
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QJsonArray out;
            for (const QJsonValue& row : *rows) {
                if (matches(CasdoorMapping::token(row.toObject()), filter, now))
                    out.append(row);
            }
            done(out);
        });
}

void CasdoorBackend::tokenPage(
    const TokenFilter& filter, const TokenPageRequest& request, QObject* context, Reply<TokenPage> done)
{
    const bool descending = request.descending != request.last;
    const QString sortField
        = request.sort == TokenSort::ExpiresAt ? QStringLiteral("expiresIn") : QStringLiteral("createdTime");
    // With nothing but the organization to filter on, Casdoor pages for us (the cursor's key is the
    // next page number); otherwise every matching token is read and paged here.
    const bool serverPaged = onlyOrganization(filter);
    const int limit = qMax(1, request.limit);
    const int page = request.after ? static_cast<int>(request.after->key) : 1;
    if (serverPaged) {
        const CasdoorClient::Query query{{QStringLiteral("owner"), kAdmin},
            {QStringLiteral("organization"), org(filter.organizationId)}, {QStringLiteral("sortField"), sortField},
            {QStringLiteral("sortOrder"), descending ? QStringLiteral("descend") : QStringLiteral("ascend")}};
        m_client->getPage(QStringLiteral("get-tokens"), query, page, limit, context,
            [page, limit, last = request.last, done = std::move(done)](Result<CasdoorReply> reply) {
                if (!reply) {
                    done(reply.error());
                    return;
                }
                TokenPage out;
                for (const QJsonValue& row : reply->data.toArray())
                    out.tokens << CasdoorMapping::token(row.toObject());
                if (last)
                    std::reverse(out.tokens.begin(), out.tokens.end());
                else if (static_cast<qint64>(page) * limit < static_cast<qint64>(reply->data2.toDouble()))
                    out.next = TokenCursor{page + 1, {}};
                done(out);
            });
        return;
    }
    matchingTokens(filter, context,
        [page, limit, descending, last = request.last, done = std::move(done)](Result<QJsonArray> rows) {
            if (!rows) {
                done(rows.error());
                return;
            }
            QList<Token> all;
            for (const QJsonValue& row : *rows)
                all << CasdoorMapping::token(row.toObject());
            std::stable_sort(all.begin(), all.end(), [descending](const Token& a, const Token& b) {
                return descending ? a.issuedAt > b.issuedAt : a.issuedAt < b.issuedAt;
            });
            TokenPage out;
            out.tokens = all.mid(static_cast<qsizetype>(page - 1) * limit, limit);
            if (last)
                std::reverse(out.tokens.begin(), out.tokens.end());
            else if (static_cast<qsizetype>(page) * limit < all.size())
                out.next = TokenCursor{page + 1, {}};
            done(out);
        });
}

void CasdoorBackend::tokenCount(const TokenFilter& filter, QObject* context, Reply<qint64> done)
{
    if (onlyOrganization(filter)) {
        m_client->getPage(QStringLiteral("get-tokens"),
            {{QStringLiteral("owner"), kAdmin}, {QStringLiteral("organization"), org(filter.organizationId)}}, 1, 1,
            context, [done = std::move(done)](Result<CasdoorReply> reply) {
                if (!reply) {
                    done(reply.error());
                    return;
                }
                done(static_cast<qint64>(reply->data2.toDouble()));
            });
        return;
    }
    matchingTokens(filter, context, [done = std::move(done)](Result<QJsonArray> rows) {
        if (!rows) {
            done(rows.error());
            return;
        }
        done(static_cast<qint64>(rows->size()));
    });
}

void CasdoorBackend::rawToken(const QString& name, QObject* context, RawReply done)
{
    m_client->get(QStringLiteral("get-token"),
        {{QStringLiteral("id"), adminId(name)}, {QStringLiteral("organization"), m_organization}}, context,
        [name, done = std::move(done)](Result<CasdoorReply> reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            if (!reply->data.isObject()) {
                done(Error::make(ErrorCode::NotFound, tr("Casdoor has no token %1.").arg(name)));
                return;
            }
            done(reply->data.toObject());
        });
}

void CasdoorBackend::token(const QString& id, QObject* context, Reply<Token> done)
{
    rawToken(id, context, [done = std::move(done)](Result<QJsonObject> raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        done(CasdoorMapping::token(*raw));
    });
}

void CasdoorBackend::revokeToken(const QString& id, QObject* context, Reply<qint64> done)
{
    QPointer<QObject> guard(context);
    rawToken(id, context, [this, guard, id, done = std::move(done)](Result<QJsonObject> raw) mutable {
        if (!raw) {
            done(raw.error());
            return;
        }
        if (raw->value(QStringLiteral("expiresIn")).toInteger() <= 0) {
            done(Error::make(ErrorCode::Conflict, tr("The token %1 is already expired in Casdoor.").arg(id)));
            return;
        }
        expireTokens({*raw}, 0, guard, std::move(done));
    });
}

void CasdoorBackend::revokeTokens(const TokenFilter& filter, QObject* context, Reply<qint64> done)
{
    TokenFilter active = filter;
    active.state = TokenState::Active;
    QPointer<QObject> guard(context);
    matchingTokens(active, context, [this, guard, done = std::move(done)](Result<QJsonArray> rows) mutable {
        if (!rows) {
            done(rows.error());
            return;
        }
        QList<QJsonObject> tokens;
        for (const QJsonValue& row : *rows)
            tokens << row.toObject();
        expireTokens(std::move(tokens), 0, guard, std::move(done));
    });
}

void CasdoorBackend::expireTokens(QList<QJsonObject> tokens, qint64 count, QObject* context, Reply<qint64> done)
{
    if (tokens.isEmpty()) {
        if (count > 0)
            Q_EMIT dataChanged(0);
        done(count);
        return;
    }
    QJsonObject token = tokens.takeFirst();
    const QString name = token.value(QStringLiteral("name")).toString();
    // What logout does in Casdoor: the row stays (for the record), and expiresIn 0 makes it invalid.
    token.insert(QStringLiteral("expiresIn"), 0);
    QPointer<QObject> guard(context);
    m_client->post(QStringLiteral("update-token"), {{QStringLiteral("id"), adminId(name)}}, token, context,
        [this, guard, name, tokens = std::move(tokens), count, done = std::move(done)](
            Result<CasdoorReply> reply) mutable {
            if (!reply) {
                done(Error::make(reply.error().code,
                    tr("%n token(s) expired; then Casdoor refused to expire %1: %2", nullptr, static_cast<int>(count))
                        .arg(name, reply.error().message)));
                return;
            }
            if (reply->data.toString() != QLatin1String("Affected")) {
                done(Error::make(ErrorCode::Conflict, tr("Casdoor did not expire the token %1.").arg(name)));
                return;
            }
            expireTokens(std::move(tokens), count + 1, guard, std::move(done));
        });
}

void CasdoorBackend::deleteToken(const QString& id, QObject* context, Reply<qint64> done)
{
    QPointer<QObject> guard(context);
    rawToken(id, context, [this, guard, id, done = std::move(done)](Result<QJsonObject> raw) mutable {
        if (!raw) {
            done(raw.error());
            return;
        }
        const QJsonObject body{{QStringLiteral("owner"), kAdmin}, {QStringLiteral("name"), id},
            {QStringLiteral("organization"), raw->value(QStringLiteral("organization")).toString()}};
        m_client->post(QStringLiteral("delete-token"), {}, body, guard,
            [this, id, done = std::move(done)](Result<CasdoorReply> reply) {
                if (!reply) {
                    done(reply.error());
                    return;
                }
                if (reply->data.toString() != QLatin1String("Affected")) {
                    done(Error::make(ErrorCode::Conflict, tr("Casdoor did not delete the token %1.").arg(id)));
                    return;
                }
                Q_EMIT dataChanged(0);
                done(qint64(1));
            });
    });
}

void CasdoorBackend::consents(const ConsentFilter& filter, QObject* context, Reply<QList<Consent>> done)
{
    const QString organization = filter.userId.contains(QLatin1Char('/'))
        ? filter.userId.section(QLatin1Char('/'), 0, 0)
        : org(filter.organizationId);
    m_client->getAll(QStringLiteral("get-users"), {{QStringLiteral("owner"), organization}}, context,
        [filter, done = std::move(done)](Result<QJsonArray> rows) {
            if (!rows) {
                done(rows.error());
                return;
            }
            QList<Consent> out;
            for (const QJsonValue& row : *rows) {
                for (const Consent& c : CasdoorMapping::consents(row.toObject())) {
                    if (!filter.userId.isEmpty() && c.userId != filter.userId)
                        continue;
                    if (!filter.applicationId.isEmpty() && c.applicationId != filter.applicationId)
                        continue;
                    out << c;
                }
            }
            done(out);
        });
}

void CasdoorBackend::revokeConsent(const QString& id, QObject* context, Reply<qint64> done)
{
    const QString userId = id.section(QLatin1Char('|'), 0, 0);
    const QString application = id.section(QLatin1Char('|'), 1);
    if (userId.isEmpty() || application.isEmpty()) {
        deliver(context, std::move(done), Error::make(ErrorCode::NotFound, tr("No consent has the id %1.").arg(id)));
        return;
    }
    QPointer<QObject> guard(context);
    m_client->get(QStringLiteral("get-user"), {{QStringLiteral("id"), userId}}, context,
        [this, guard, id, userId, application, done = std::move(done)](Result<CasdoorReply> reply) mutable {
            if (!reply) {
                done(reply.error());
                return;
            }
            QJsonObject user = reply->data.toObject();
            if (user.isEmpty()) {
                done(Error::make(ErrorCode::NotFound, tr("Casdoor has no user %1.").arg(userId)));
                return;
            }
            QJsonArray kept;
            bool found = false;
            for (const QJsonValue& grant : user.value(QStringLiteral("applicationScopes")).toArray()) {
                if (grant.toObject().value(QStringLiteral("application")).toString() == application)
                    found = true;
                else
                    kept.append(grant);
            }
            if (!found) {
                done(Error::make(ErrorCode::Conflict, tr("The consent %1 is already gone.").arg(id)));
                return;
            }
            user.insert(QStringLiteral("applicationScopes"), kept);
            // columns=applicationScopes: Casdoor writes that column only, whatever else the object says.
            m_client->post(QStringLiteral("update-user"),
                {{QStringLiteral("id"), userId}, {QStringLiteral("columns"), QStringLiteral("applicationScopes")}},
                user, guard, [this, done = std::move(done)](Result<CasdoorReply> written) {
                    if (!written) {
                        done(written.error());
                        return;
                    }
                    if (written->data.toString() != QLatin1String("Affected")) {
                        done(Error::make(ErrorCode::Conflict, tr("Casdoor did not change the user's consents.")));
                        return;
                    }
                    Q_EMIT dataChanged(0);
                    done(qint64(1));
                });
        });
}

void CasdoorBackend::recordsPage(
    int page, int pageSize, QObject* context, std::function<void(Result<CasdoorReply>)> done)
{
    CasdoorClient::Query query{{QStringLiteral("organizationName"), m_organization}};
    const bool asUser = m_recordsNeedUser;
    if (asUser)
        query << QPair{QStringLiteral("userId"), m_auditUser};
    QPointer<QObject> guard(context);
    m_client->getPage(QStringLiteral("get-records"), query, page, pageSize, context,
        [this, guard, page, pageSize, asUser, done = std::move(done)](Result<CasdoorReply> reply) mutable {
            // Application credentials are no user, and get-records wants one: "The user: app/... doesn't exist".
            // Calls sent before the first answer came each learn it, so each retries once.
            if (!reply && !asUser && reply.error().message.contains(QLatin1String("The user: app"))) {
                m_recordsNeedUser = true;
                if (guard)
                    recordsPage(page, pageSize, guard, std::move(done));
                return;
            }
            done(std::move(reply));
        });
}

void CasdoorBackend::auditEvents(
    const AuditFilter& filter, qint64 beforeSeq, int limit, QObject* context, Reply<QList<AuditEvent>> done)
{
    limit = qBound(1, limit, 1000);
    if (limit != m_auditPageSize) {
        m_auditPageSize = limit;
        m_auditPages.clear();
    }
    struct Scan
    {
        AuditFilter filter;
        qint64 before = 0;
        int limit = 0;
        int page = 1;
        int pagesRead = 0;
        QList<AuditEvent> events;
        Reply<QList<AuditEvent>> done;
    };
    auto scan = std::make_shared<Scan>();
    scan->filter = filter;
    scan->before = beforeSeq;
    scan->limit = limit;
    scan->page = beforeSeq > 0 ? m_auditPages.value(beforeSeq, 1) : 1;
    scan->done = std::move(done);
    QPointer<QObject> guard(context);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, scan, guard, step] {
        if (!guard)
            return;
        recordsPage(scan->page, scan->limit, guard, [this, scan, step](Result<CasdoorReply> reply) {
            if (!reply) {
                scan->done(reply.error());
                *step = nullptr;
                return;
            }
            ++scan->pagesRead;
            for (const QJsonValue& row : reply->data.toArray()) {
                const AuditEvent e = CasdoorMapping::auditEvent(row.toObject());
                if (scan->before > 0 && e.seq >= scan->before)
                    continue;
                if (!matches(e, scan->filter) || scan->events.size() >= scan->limit)
                    continue;
                scan->events << e;
            }
            const bool more
                = static_cast<qint64>(scan->page) * scan->limit < static_cast<qint64>(reply->data2.toDouble());
            // A filter that matches little must not read the whole log in one call.
            if (scan->events.size() < scan->limit && more && scan->pagesRead < 20) {
                ++scan->page;
                (*step)();
                return;
            }
            if (!scan->events.isEmpty())
                m_auditPages.insert(scan->events.last().seq, scan->page);
            scan->done(scan->events);
            *step = nullptr;
        });
    };
    (*step)();
}

void CasdoorBackend::auditCount(const AuditFilter& filter, QObject* context, Reply<qint64> done)
{
    if (!isFilterEmpty(filter)) {
        deliver(context, std::move(done),
            Error::make(ErrorCode::Unsupported, tr("Casdoor cannot count filtered records; the list shows them.")));
        return;
    }
    recordsPage(1, 1, context, [done = std::move(done)](Result<CasdoorReply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        done(static_cast<qint64>(reply->data2.toDouble()));
    });
}

void CasdoorBackend::registrationPolicy(const QString& organizationId, QObject* context, Reply<RegistrationPolicy> done)
{
    m_client->get(QStringLiteral("get-organization"), {{QStringLiteral("id"), adminId(org(organizationId))}}, context,
        [name = org(organizationId), done = std::move(done)](Result<CasdoorReply> reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            if (!reply->data.isObject()) {
                done(Error::make(ErrorCode::NotFound, tr("Casdoor has no organization \"%1\".").arg(name)));
                return;
            }
            done(CasdoorMapping::registrationPolicy(reply->data.toObject()));
        });
}

void CasdoorBackend::setRegistrationPolicy(
    const QString& organizationId, const RegistrationPolicy& policy, QObject* context, Reply<RegistrationPolicy> done)
{
    Result<QString> value = CasdoorMapping::dcrPolicy(policy);
    if (!value) {
        deliver(context, std::move(done), value.error());
        return;
    }
    const QString name = org(organizationId);
    QPointer<QObject> guard(context);
    m_client->get(QStringLiteral("get-organization"), {{QStringLiteral("id"), adminId(name)}}, context,
        [this, guard, name, value = *value, done = std::move(done)](Result<CasdoorReply> reply) mutable {
            if (!reply) {
                done(reply.error());
                return;
            }
            QJsonObject organization = reply->data.toObject();
            if (organization.isEmpty()) {
                done(Error::make(ErrorCode::NotFound, tr("Casdoor has no organization \"%1\".").arg(name)));
                return;
            }
            organization.insert(QStringLiteral("dcrPolicy"), value);
            m_client->post(QStringLiteral("update-organization"),
                {{QStringLiteral("id"), adminId(name)}, {QStringLiteral("columns"), QStringLiteral("dcrPolicy")}},
                organization, guard, [this, guard, name, done = std::move(done)](Result<CasdoorReply> written) mutable {
                    if (!written) {
                        done(written.error());
                        return;
                    }
                    if (guard)
                        registrationPolicy(name, guard, std::move(done));
                });
        });
}

} // namespace mcpauth
