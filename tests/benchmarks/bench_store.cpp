// bench_store: the store's figures at a million rows, for SQLite and (with --pg) PostgreSQL.
//
// Fills a fresh store with N tokens and N audit events through the repositories' batch paths, then
// times what the GUI's token view and audit view do on it: filtered, sorted pages (first, last, and
// "next" from deep inside the set), filtered counts, and the audit chain's verification. Each figure
// is printed with its target and PASS or MISS. A program run by hand (see the README), not by ctest.

#include "../TestPostgres.h"
#include "common/Error.h"
#include "domain/Application.h"
#include "domain/AuditEvent.h"
#include "domain/Organization.h"
#include "domain/Token.h"
#include "security/SecureRandom.h"
#include "store/DatabaseLocation.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace mcpauth;

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kHourMs = 3600 * kSecondMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kSpanMs = 30 * kDayMs; // tokens and events are spread over the last 30 days
constexpr int kApplications = 20;
constexpr int kUsers = 200;
constexpr int kWarmUpRuns = 3;
constexpr int kPageSize = 100;
constexpr quint32 kSeed = 20240611; // the same data shape for every backend and every run

// Targets on the reference machine (2 cores) at 1,000,000 rows.
constexpr double kInsertTargetPerSecond = 50000;
constexpr double kPageTargetMs = 5;
constexpr double kCountTargetMs = 50;

const QLocale& locale()
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english;
}

QString number(qint64 n)
{
    return locale().toString(n);
}

QString decimal(double value, int precision)
{
    return locale().toString(value, 'f', precision);
}

void say(const QString& line = {})
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void complain(const QString& line)
{
    std::fputs(QString(QStringLiteral("bench_store: ") + line).toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// This process's CPU time (user + system) in seconds: with other work on the machine, wall time
// alone cannot tell a slow store from a busy machine.
double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// The machine's load (1, 5 and 15 minutes), printed with the figures: other work on the two cores
// shows up in every wall-clock number.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> parts = file.readLine().split(' ');
    return parts.size() < 3 ? QStringLiteral("unknown") : QString::fromLatin1(parts.mid(0, 3).join(' '));
}

struct Options
{
    qint64 rows = 1000000;
    int batch = 10000;
    int runs = 50;
    QString sqlitePath;
    QString pgUrl;
    bool keep = false;
    bool noSqlite = false;
};

// ------------------------------------------------------------------------------------------------
// The printed table
// ------------------------------------------------------------------------------------------------

enum class Verdict { Pass, Miss, Info };

struct Row
{
    QString what;
    QString result;
    QString target;
    Verdict verdict = Verdict::Info;
};

struct Latency
{
    double median = 0;
    double p95 = 0;
};

class Report
{
public:
    void rate(const QString& what, double perSecond, const QString& unit, std::optional<double> target)
    {
        Row r{what, QStringLiteral("%1 %2").arg(number(std::llround(perSecond)), unit), QStringLiteral("-"),
            Verdict::Info};
        if (target) {
            r.target = QStringLiteral(">= %1 %2").arg(number(std::llround(*target)), unit);
            r.verdict = perSecond >= *target ? Verdict::Pass : Verdict::Miss;
        }
        m_rows << r;
    }
    // Judged on the median; the p95 is shown next to it.
    void latency(const QString& what, const Latency& l, double targetMs)
    {
        m_rows << Row{what, QStringLiteral("%1 / %2 ms").arg(decimal(l.median, 2), decimal(l.p95, 2)),
            QStringLiteral("< %1 ms").arg(decimal(targetMs, 0)), l.median < targetMs ? Verdict::Pass : Verdict::Miss};
    }

    void print(const QString& backend) const
    {
        constexpr int kWhat = 58;
        constexpr int kResult = 24;
        constexpr int kTarget = 20;
        const auto line = [&](const QString& a, const QString& b, const QString& c, const QString& d) {
            say(QString(a.leftJustified(kWhat) + b.rightJustified(kResult) + QStringLiteral("  ")
                + c.leftJustified(kTarget) + d)
                    .trimmed());
        };
        say();
        line(QStringLiteral("%1: measurement").arg(backend), QStringLiteral("result"), QStringLiteral("target"),
            QStringLiteral("verdict"));
        say(QString(kWhat + kResult + 2 + kTarget + 7, QLatin1Char('-')));
        for (const Row& r : m_rows) {
            const QString verdict = r.verdict == Verdict::Pass ? QStringLiteral("PASS")
                : r.verdict == Verdict::Miss                   ? QStringLiteral("MISS")
                                                               : QString();
            line(r.what, r.result, r.target, verdict);
        }
        say(QStringLiteral("Latencies: median / p95 over the runs; PASS/MISS is judged on the median."));
    }

    [[nodiscard]] QString summary(const QString& backend, qint64 rows) const
    {
        int judged = 0;
        QStringList missed;
        for (const Row& r : m_rows) {
            if (r.verdict == Verdict::Info)
                continue;
            ++judged;
            if (r.verdict == Verdict::Miss)
                missed << r.what.trimmed();
        }
        const QString head
            = QStringLiteral("%1 at %2 rows: %3 of %4 targets met")
                  .arg(backend, number(rows), QString::number(judged - missed.size()), QString::number(judged));
        return missed.isEmpty()
            ? QString(head + QStringLiteral(" - PASS"))
            : QString(head + QStringLiteral(" - MISS (") + missed.join(QStringLiteral("; ")) + QLatin1Char(')'));
    }

    [[nodiscard]] bool allPassed() const
    {
        return std::none_of(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.verdict == Verdict::Miss; });
    }

private:
    QList<Row> m_rows;
};

// ------------------------------------------------------------------------------------------------
// The data
// ------------------------------------------------------------------------------------------------

struct Fixture
{
    QString organizationId;
    QStringList applicationIds;
    QList<bool> opaque; // per application: opaque tokens carry a value hash
    QStringList userIds;
};

// What the generated tokens hold for one application or one user: the benchmark checks the store's
// answers against it before timing them, so a fast wrong answer cannot pass.
struct KeyFacts
{
    qint64 total = 0;
    qint64 active = 0;
    std::vector<std::pair<qint64, QString>> keys; // (issuedAt, id), only while generating
    TokenCursor newest;
    TokenCursor deep; // the row half-way down in newest-first order: "next page" continues after it
    TokenCursor afterDeep; // the first row of that next page
    TokenCursor lastPageFirst; // the first row of the last page
    TokenCursor oldest;
};

const KeyFacts& factsOf(const QHash<QString, KeyFacts>& map, const QString& key)
{
    return *map.constFind(key); // every application and user got tokens: 100,000 rows at least
}

struct TokenData
{
    QList<QList<Token>> batches;
    qint64 count = 0;
    QHash<QString, KeyFacts> byApplication;
    QHash<QString, KeyFacts> byUser;
};

const QString& resourceUri()
{
    static const QString uri = QStringLiteral("https://mcp.example.com/mcp");
    return uri;
}

const QList<QStringList>& scopeSets()
{
    static const QList<QStringList> sets{
        {QStringLiteral("mcp:read")},
        {QStringLiteral("mcp:read"), QStringLiteral("mcp:write")},
        {QStringLiteral("mcp:read"), QStringLiteral("mcp:tools")},
        {QStringLiteral("mcp:read"), QStringLiteral("mcp:write"), QStringLiteral("mcp:tools")},
        {QStringLiteral("mcp:read"), QStringLiteral("offline_access")},
        {QStringLiteral("mcp:read"), QStringLiteral("mcp:write"), QStringLiteral("offline_access")},
    };
    return sets;
}

Result<Fixture> createFixture(Store& store)
{
    const AuditContext ctx{QStringLiteral("cli:bench"), QStringLiteral("cli")};
    Fixture fx;
    Organization org;
    org.name = QStringLiteral("bench");
    org.displayName = QStringLiteral("Benchmark organization");
    auto createdOrg = store.organizations().create(org, ctx);
    if (!createdOrg)
        return createdOrg.error();
    fx.organizationId = createdOrg->id;

    for (int i = 0; i < kApplications; ++i) {
        Application app;
        app.organizationId = fx.organizationId;
        app.name = QStringLiteral("bench-app-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        app.displayName = QStringLiteral("Benchmark agent %1").arg(i + 1);
        app.description = QStringLiteral("An MCP client of the benchmark.");
        app.clientType = ClientType::Public;
        app.authMethod = TokenEndpointAuthMethod::None;
        app.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        app.allowedScopes = {QStringLiteral("mcp:read"), QStringLiteral("mcp:write"), QStringLiteral("mcp:tools"),
            QStringLiteral("offline_access")};
        app.tokenFormat = i % 5 == 4 ? TokenFormat::Opaque : TokenFormat::Jwt;
        auto saved = store.applications().create(app, ctx);
        if (!saved)
            return saved.error();
        fx.applicationIds << saved->application.id;
        fx.opaque << (app.tokenFormat == TokenFormat::Opaque);
    }

    // Users go in with plain SQL, not UserRepository::create: that one hashes each password with
    // scrypt (about 0.1 s per user by design), which would time the password hasher instead of the
    // store. Nobody signs in during the benchmark, so a placeholder that is not a valid hash does.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Status usersDone = store.database().transaction([&]() -> Status {
        for (int i = 0; i < kUsers; ++i) {
            const QString id = SecureRandom::uuid();
            const QString username = QStringLiteral("user%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            auto q = store.database().exec(
                QStringLiteral("INSERT INTO users (id, organization_id, username, display_name, email, password_hash, "
                               "disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, fx.organizationId, username, QString(QStringLiteral("Bench User ") + QString::number(i + 1)),
                    QString(username + QStringLiteral("@example.com")),
                    QStringLiteral("bench-placeholder-not-a-password-hash"), 0, now});
            if (!q)
                return q.error();
            fx.userIds << id;
        }
        return {};
    });
    if (!usersDone)
        return usersDone.error();
    return fx;
}

// Issue times ascending (tokens are issued over time), random application and user, 60 % access
// tokens (1 h) and 40 % refresh tokens (30 days, in rotation families), 3 % revoked.
TokenData generateTokens(const Fixture& fx, qint64 rows, int batchSize, qint64 now, QRandomGenerator& rng)
{
    TokenData data;
    data.count = rows;
    std::vector<qint64> times(static_cast<std::size_t>(rows));
    for (qint64& t : times)
        t = now - kSpanMs + rng.bounded(kSpanMs - kSecondMs);
    std::sort(times.begin(), times.end());
    // No two tokens share an issue time, so the expected order never depends on how the database
    // collates ids (its ORDER BY and its cursor comparison agree with each other either way).
    for (std::size_t i = 1; i < times.size(); ++i)
        times[i] = std::max(times[i], times[i - 1] + 1);

    QHash<int, QString> families; // (application, user) -> the current refresh-token family
    const int appCount = static_cast<int>(fx.applicationIds.size());
    const int userCount = static_cast<int>(fx.userIds.size());
    QList<Token> batch;
    batch.reserve(batchSize);
    for (qint64 i = 0; i < rows; ++i) {
        const int a = static_cast<int>(rng.bounded(appCount));
        const int u = static_cast<int>(rng.bounded(userCount));
        Token t;
        t.id = SecureRandom::timeOrderedId(times[static_cast<std::size_t>(i)]); // as the server issues them
        t.applicationId = fx.applicationIds.at(a);
        t.userId = fx.userIds.at(u);
        t.resource = resourceUri();
        t.scopes = scopeSets().at(static_cast<int>(rng.bounded(static_cast<int>(scopeSets().size()))));
        t.issuedAt = times[static_cast<std::size_t>(i)];
        const bool refresh = rng.bounded(100) < 40;
        t.kind = refresh ? TokenKind::Refresh : TokenKind::Access;
        t.expiresAt = t.issuedAt + (refresh ? 30 * kDayMs : kHourMs);
        QString& family = families[a * userCount + u];
        if (refresh) {
            if (family.isEmpty() || rng.bounded(100) < 20) // a new sign-in starts a new family
                family = SecureRandom::token(16);
            t.familyId = family;
        } else if (!family.isEmpty() && rng.bounded(2) == 0) {
            t.familyId = family; // an access token from a refresh
        }
        if (fx.opaque.at(a))
            t.valueHash
                = QString::fromLatin1(QCryptographicHash::hash(t.id.toLatin1(), QCryptographicHash::Sha256).toHex());
        if (rng.bounded(1000) < 30) {
            const qint64 end = std::min(t.expiresAt, now);
            t.revokedAt = t.issuedAt + 1 + rng.bounded(std::max<qint64>(1, end - t.issuedAt - 1));
        }

        const bool active = t.stateAt(now) == TokenState::Active;
        for (KeyFacts* facts : {&data.byApplication[t.applicationId], &data.byUser[t.userId]}) {
            ++facts->total;
            facts->active += active ? 1 : 0;
            facts->keys.emplace_back(t.issuedAt, t.id);
        }
        batch << t;
        if (batch.size() == batchSize) {
            data.batches << batch;
            batch.clear();
            batch.reserve(batchSize);
        }
    }
    if (!batch.isEmpty())
        data.batches << batch;

    for (QHash<QString, KeyFacts>* map : {&data.byApplication, &data.byUser}) {
        for (KeyFacts& facts : *map) {
            // Newest first, as the store orders them (issue times are unique, so ids never decide).
            std::sort(facts.keys.begin(), facts.keys.end(), [](const auto& l, const auto& r) {
                return l.first != r.first ? l.first > r.first : l.second > r.second;
            });
            const auto cursor = [&](std::size_t at) {
                return TokenCursor{facts.keys[at].first, facts.keys[at].second};
            };
            const std::size_t n = facts.keys.size();
            facts.newest = cursor(0);
            facts.deep = cursor(n / 2);
            facts.afterDeep = cursor(n / 2 + 1);
            facts.lastPageFirst = cursor(n - kPageSize);
            facts.oldest = cursor(n - 1);
            facts.keys = {};
        }
    }
    return data;
}

// A realistic mix: mostly the server issuing and refreshing tokens and people signing in, some
// administration from the console and the CLI. Target ids are the generated tokens' and users'.
QList<QList<AuditEvent>> generateEvents(
    const Fixture& fx, const TokenData& tokens, qint64 rows, int batchSize, qint64 now, QRandomGenerator& rng)
{
    std::vector<qint64> times(static_cast<std::size_t>(rows));
    for (qint64& t : times)
        t = now - kSpanMs + rng.bounded(kSpanMs - kSecondMs);
    std::sort(times.begin(), times.end());

    const QString server = QStringLiteral("server");
    const QString serverSource = QStringLiteral("server 127.0.0.1");
    const QString admin = QStringLiteral("console:admin");
    const QString console = QStringLiteral("console");
    const QString token = QStringLiteral("token");
    const QString user = QStringLiteral("user");
    const QString application = QStringLiteral("application");
    const auto randomToken = [&]() -> const Token& {
        const QList<Token>& b
            = tokens.batches.at(static_cast<int>(rng.bounded(static_cast<int>(tokens.batches.size()))));
        return b.at(static_cast<int>(rng.bounded(static_cast<int>(b.size()))));
    };
    const auto randomOf = [&](const QStringList& list) -> const QString& {
        return list.at(static_cast<int>(rng.bounded(static_cast<int>(list.size()))));
    };

    QList<QList<AuditEvent>> batches;
    QList<AuditEvent> batch;
    batch.reserve(batchSize);
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 time = times[static_cast<std::size_t>(i)];
        AuditEvent e;
        const int pick = static_cast<int>(rng.bounded(100));
        if (pick < 50) {
            const Token& t = randomToken();
            e = {0, time, server, QStringLiteral("token.issue"), token, t.id, AuditOutcome::Success, serverSource,
                QJsonObject{{QStringLiteral("kind"), enumName(kTokenKindNames, t.kind)},
                    {QStringLiteral("applicationId"), t.applicationId}, {QStringLiteral("userId"), t.userId},
                    {QStringLiteral("resource"), t.resource},
                    {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)}},
                {}, {}};
        } else if (pick < 70) {
            const Token& t = randomToken();
            e = {0, time, server, QStringLiteral("token.refresh"), token, t.id, AuditOutcome::Success, serverSource,
                QJsonObject{{QStringLiteral("applicationId"), t.applicationId},
                    {QStringLiteral("familyId"), t.familyId.isEmpty() ? t.id : t.familyId}},
                {}, {}};
        } else if (pick < 85) {
            const QString& who = randomOf(fx.userIds);
            const bool ok = rng.bounded(10) != 0;
            e = {0, time, who, QStringLiteral("user.login"), user, who,
                ok ? AuditOutcome::Success : AuditOutcome::Failure, serverSource,
                QJsonObject{{QStringLiteral("method"), QStringLiteral("password")},
                    {QStringLiteral("applicationId"), randomOf(fx.applicationIds)}},
                {}, {}};
        } else if (pick < 91) {
            const QString& who = randomOf(fx.userIds);
            e = {0, time, who, QStringLiteral("consent.grant"), QStringLiteral("consent"), SecureRandom::uuid(),
                AuditOutcome::Success, serverSource,
                QJsonObject{{QStringLiteral("applicationId"), randomOf(fx.applicationIds)},
                    {QStringLiteral("resource"), resourceUri()},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("mcp:read"), QStringLiteral("mcp:write")}}},
                {}, {}};
        } else if (pick < 95) {
            const Token& t = randomToken();
            e = {0, time, admin, QStringLiteral("token.revoke"), token, t.id, AuditOutcome::Success, console,
                QJsonObject{{QStringLiteral("kind"), enumName(kTokenKindNames, t.kind)},
                    {QStringLiteral("applicationId"), t.applicationId}, {QStringLiteral("userId"), t.userId},
                    {QStringLiteral("revoked"), 1}},
                {}, {}};
        } else if (pick < 97) {
            e = {0, time, admin, QStringLiteral("application.update"), application, randomOf(fx.applicationIds),
                AuditOutcome::Success, console,
                QJsonObject{{QStringLiteral("changed"), QJsonArray{QStringLiteral("accessTokenLifetime")}}}, {}, {}};
        } else if (pick < 99) {
            e = {0, time, QStringLiteral("cli:root"), QStringLiteral("user.update"), user, randomOf(fx.userIds),
                AuditOutcome::Success, QStringLiteral("cli"),
                QJsonObject{{QStringLiteral("changed"), QJsonArray{QStringLiteral("displayName")}}}, {}, {}};
        } else {
            const QString& who = randomOf(fx.userIds);
            e = {0, time, who, QStringLiteral("authorize.deny"), application, randomOf(fx.applicationIds),
                AuditOutcome::Denied, serverSource,
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("consent refused")}}, {}, {}};
        }
        batch << e;
        if (batch.size() == batchSize) {
            batches << batch;
            batch.clear();
            batch.reserve(batchSize);
        }
    }
    if (!batch.isEmpty())
        batches << batch;
    return batches;
}

// ------------------------------------------------------------------------------------------------
// Measuring
// ------------------------------------------------------------------------------------------------

// Runs `once` a few times to warm up, then `runs` times under the clock. Run i uses the i-th
// application or user in turn, so no single key's pages stay hot.
Result<Latency> measure(int runs, const std::function<Status(int run)>& once)
{
    for (int i = 0; i < kWarmUpRuns; ++i) {
        if (const Status s = once(i); !s)
            return s.error();
    }
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const Status s = once(i);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!s)
            return s.error();
    }
    std::sort(ms.begin(), ms.end());
    const std::size_t n = ms.size();
    const double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    const std::size_t p95 = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(n))) - 1;
    return Latency{median, ms[std::min(p95, n - 1)]};
}

Error wrong(const QString& what)
{
    return Error::make(ErrorCode::Internal, QStringLiteral("wrong answer: ") + what);
}

bool before(const Token& a, const Token& b) // a comes before b newest first
{
    return a.issuedAt != b.issuedAt ? a.issuedAt > b.issuedAt : a.id > b.id;
}

// The store's page must be exactly what the generated data says it is.
Status checkPage(const TokenPage& page, const QString& label, const std::function<bool(const Token&)>& matches,
    const TokenCursor& firstExpected, bool expectNext, const std::optional<TokenCursor>& lastExpected)
{
    if (page.tokens.size() != kPageSize)
        return wrong(
            QStringLiteral("%1 returned %2 rows, expected %3").arg(label).arg(page.tokens.size()).arg(kPageSize));
    for (qsizetype i = 0; i < page.tokens.size(); ++i) {
        if (!matches(page.tokens.at(i)))
            return wrong(QStringLiteral("%1 returned a row outside its filter").arg(label));
        if (i > 0 && !before(page.tokens.at(i - 1), page.tokens.at(i)))
            return wrong(QStringLiteral("%1 is not newest first").arg(label));
    }
    if (page.tokens.first().issuedAt != firstExpected.key || page.tokens.first().id != firstExpected.id)
        return wrong(QStringLiteral("%1 starts at the wrong row").arg(label));
    if (lastExpected && (page.tokens.last().issuedAt != lastExpected->key || page.tokens.last().id != lastExpected->id))
        return wrong(QStringLiteral("%1 ends at the wrong row").arg(label));
    if (page.next.has_value() != expectNext)
        return wrong(QStringLiteral("%1 %2 a next cursor")
                         .arg(label, expectNext ? QStringLiteral("lacks") : QStringLiteral("has")));
    return {};
}

Status checkedCount(TokenRepository& repo, const TokenFilter& filter, qint64 expected, const QString& label)
{
    auto n = repo.count(filter);
    if (!n)
        return n.error();
    if (*n != expected)
        return wrong(QStringLiteral("%1 counted %2, expected %3").arg(label, number(*n), number(expected)));
    return {};
}

// ------------------------------------------------------------------------------------------------
// One backend
// ------------------------------------------------------------------------------------------------

Status resetPostgres(const DatabaseLocation& location, const QString& password)
{
    const QString error = test::resetPostgres(location, password);
    if (error.isEmpty())
        return {};
    return Error::make(ErrorCode::Database, error);
}

QString storeSize(Store& store)
{
    if (store.database().dialect() == SqlDialect::Postgres) {
        auto q = store.database().exec(
            QStringLiteral("SELECT pg_total_relation_size('tokens'), pg_total_relation_size('audit_events')"));
        if (!q)
            return QStringLiteral("unknown");
        QSqlQuery query = std::move(q).value();
        if (!query.next())
            return QStringLiteral("unknown");
        return QStringLiteral("tokens %1 MB, audit_events %2 MB (with indexes)")
            .arg(number(query.value(0).toLongLong() >> 20), number(query.value(1).toLongLong() >> 20));
    }
    const QString file = store.database().location().filePath;
    const qint64 bytes = QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
    return QStringLiteral("%1 MB on disk (database and WAL)").arg(number(bytes >> 20));
}

struct Outcome
{
    bool passed = false;
    QString summary;
};

Result<Outcome> runBackend(
    const QString& backend, const DatabaseLocation& location, const QString& password, const Options& opts)
{
    say();
    say(QStringLiteral("=== %1: %2 ===").arg(backend, location.display()));
    QElapsedTimer step;
    step.start();
    StoreOpenOptions openOptions;
    openOptions.password = password;
    auto opened = Store::open(location, openOptions);
    if (!opened)
        return opened.error();
    std::unique_ptr<Store> store = std::move(opened).value();
    const bool pg = location.dialect == SqlDialect::Postgres;
    QString engine = QStringLiteral("unknown version");
    if (auto v = store->database().exec(pg ? QStringLiteral("SELECT current_setting('server_version')")
                                           : QStringLiteral("SELECT sqlite_version()"))) {
        QSqlQuery query = std::move(v).value();
        if (query.next())
            engine = query.value(0).toString();
    }
    say(QStringLiteral("opened and migrated the store in %1 s (%2 %3); load average %4")
            .arg(decimal(seconds(step), 2), backend, engine, loadAverage()));

    auto fixture = createFixture(*store);
    if (!fixture)
        return fixture.error();
    const Fixture& fx = *fixture;
    say(QStringLiteral("created 1 organization, %1 public applications (ApplicationRepository::create) and %2 users "
                       "(plain SQL, see the source)")
            .arg(kApplications)
            .arg(kUsers));

    QRandomGenerator rng(kSeed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    step.restart();
    TokenData tokens = generateTokens(fx, opts.rows, opts.batch, now, rng);
    QList<QList<AuditEvent>> events = generateEvents(fx, tokens, opts.rows, opts.batch, now, rng);
    say(QStringLiteral("generated %1 tokens and %1 audit events in memory in %2 s (not timed)")
            .arg(number(opts.rows), decimal(seconds(step), 1)));

    Report report;
    TokenRepository& repo = store->tokens();
    const AuditContext ctx{QStringLiteral("cli:bench"), QStringLiteral("cli")};

    // --- Inserts ---
    step.restart();
    double cpuStart = cpuSeconds();
    for (const QList<Token>& batch : std::as_const(tokens.batches)) {
        if (const Status s = repo.insertBatch(batch, ctx); !s)
            return s.error();
    }
    const double tokenSeconds = seconds(step);
    say(QStringLiteral("inserted %1 tokens in %2 s (this process: %3 s CPU)")
            .arg(number(tokens.count), decimal(tokenSeconds, 1), decimal(cpuSeconds() - cpuStart, 1)));
    report.rate(QStringLiteral("Token insert (insertBatch, %1 per transaction)").arg(number(opts.batch)),
        static_cast<double>(tokens.count) / tokenSeconds, QStringLiteral("rows/s"), kInsertTargetPerSecond);
    tokens.batches = {};

    step.restart();
    cpuStart = cpuSeconds();
    qint64 eventCount = 0;
    for (QList<AuditEvent>& batch : events) {
        if (const Status s = store->audit().appendBatch(batch); !s)
            return s.error();
        eventCount += batch.size();
    }
    const double auditSeconds = seconds(step);
    say(QStringLiteral("appended %1 audit events in %2 s (this process: %3 s CPU)")
            .arg(number(eventCount), decimal(auditSeconds, 1), decimal(cpuSeconds() - cpuStart, 1)));
    report.rate(QStringLiteral("Audit insert (appendBatch with hash chain, %1 per txn)").arg(number(opts.batch)),
        static_cast<double>(eventCount) / auditSeconds, QStringLiteral("rows/s"), kInsertTargetPerSecond);
    events = {};

    // What an administrator runs after a bulk import, so the planner knows the new data.
    step.restart();
    if (const Status analyzed
        = store->database().execAll({pg ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE")});
        !analyzed)
        return analyzed.error();
    say(QStringLiteral("ran %1 after the bulk load, as after an import (%2 s)")
            .arg(pg ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"), decimal(seconds(step), 1)));
    say(QStringLiteral("size: %1").arg(storeSize(*store)));

    // --- Pages and counts ---
    const QStringList& apps = fx.applicationIds;
    const QStringList& users = fx.userIds;
    const auto appAt = [&](int run) { return apps.at(run % apps.size()); };
    const auto userAt = [&](int run) { return users.at(run % users.size()); };
    TokenPageRequest firstRequest; // issued_at, newest first, 100 rows
    firstRequest.limit = kPageSize;
    TokenPageRequest lastRequest = firstRequest;
    lastRequest.last = true;

    struct PageCase
    {
        QString label;
        bool byUser;
        enum { First, Last, Deep } which;
    };
    const QList<PageCase> pageCases{
        {QStringLiteral("First page, by application, newest first"), false, PageCase::First},
        {QStringLiteral("First page, by user, newest first"), true, PageCase::First},
        {QStringLiteral("Last page, by application (keyset)"), false, PageCase::Last},
        {QStringLiteral("Last page, by user (keyset)"), true, PageCase::Last},
        {QStringLiteral("Next page after a cursor half-way, by application"), false, PageCase::Deep},
        {QStringLiteral("Next page after a cursor half-way, by user"), true, PageCase::Deep},
    };
    for (const PageCase& pc : pageCases) {
        const QHash<QString, KeyFacts>& factsMap = pc.byUser ? tokens.byUser : tokens.byApplication;
        const auto filterFor = [&](const QString& key) {
            TokenFilter f;
            (pc.byUser ? f.userId : f.applicationId) = key;
            return f;
        };
        const auto requestFor = [&](const KeyFacts& facts) {
            if (pc.which == PageCase::Last)
                return lastRequest;
            TokenPageRequest r = firstRequest;
            if (pc.which == PageCase::Deep)
                r.after = facts.deep;
            return r;
        };
        // Checked once per key before timing: right rows, right order, right cursor.
        const int keys = static_cast<int>(pc.byUser ? users.size() : apps.size());
        for (int k = 0; k < std::min(keys, opts.runs); ++k) {
            const QString key = pc.byUser ? userAt(k) : appAt(k);
            const KeyFacts& facts = factsOf(factsMap, key);
            auto page = repo.page(filterFor(key), requestFor(facts));
            if (!page)
                return page.error();
            const auto matches = [&](const Token& t) { return (pc.byUser ? t.userId : t.applicationId) == key; };
            Status checked;
            if (pc.which == PageCase::First)
                checked = checkPage(*page, pc.label, matches, facts.newest, true, std::nullopt);
            else if (pc.which == PageCase::Last)
                checked = checkPage(*page, pc.label, matches, facts.lastPageFirst, false, facts.oldest);
            else
                checked = checkPage(*page, pc.label, matches, facts.afterDeep, true, std::nullopt);
            if (!checked)
                return checked.error();
        }
        // The inputs are built before the clock starts: only TokenRepository::page is timed.
        std::vector<std::pair<TokenFilter, TokenPageRequest>> inputs;
        for (int run = 0; run < std::max(opts.runs, kWarmUpRuns); ++run) {
            const QString key = pc.byUser ? userAt(run) : appAt(run);
            inputs.emplace_back(filterFor(key), requestFor(factsOf(factsMap, key)));
        }
        auto timed = measure(opts.runs, [&](int run) -> Status {
            const auto& [filter, request] = inputs[static_cast<std::size_t>(run)];
            auto page = repo.page(filter, request);
            return page ? Status() : Status(page.error());
        });
        if (!timed)
            return timed.error();
        report.latency(pc.label, *timed, kPageTargetMs);
    }

    struct CountCase
    {
        QString label;
        bool byUser;
        bool activeOnly;
    };
    const QList<CountCase> countCases{
        {QStringLiteral("Count, by application"), false, false},
        {QStringLiteral("Count, by application and state active"), false, true},
        {QStringLiteral("Count, by user"), true, false},
        {QStringLiteral("Count, by user and state active"), true, true},
    };
    for (const CountCase& cc : countCases) {
        const QHash<QString, KeyFacts>& factsMap = cc.byUser ? tokens.byUser : tokens.byApplication;
        const auto filterFor = [&](const QString& key) {
            TokenFilter f;
            (cc.byUser ? f.userId : f.applicationId) = key;
            if (cc.activeOnly) {
                f.state = TokenState::Active;
                f.now = now; // the instant the generated data's states were judged at
            }
            return f;
        };
        const int keys = static_cast<int>(cc.byUser ? users.size() : apps.size());
        for (int k = 0; k < std::min(keys, opts.runs); ++k) {
            const QString key = cc.byUser ? userAt(k) : appAt(k);
            const KeyFacts& facts = factsOf(factsMap, key);
            if (const Status s
                = checkedCount(repo, filterFor(key), cc.activeOnly ? facts.active : facts.total, cc.label);
                !s)
                return s.error();
        }
        std::vector<TokenFilter> inputs;
        for (int run = 0; run < std::max(opts.runs, kWarmUpRuns); ++run)
            inputs.push_back(filterFor(cc.byUser ? userAt(run) : appAt(run)));
        auto timed = measure(opts.runs, [&](int run) -> Status {
            auto n = repo.count(inputs[static_cast<std::size_t>(run)]);
            return n ? Status() : Status(n.error());
        });
        if (!timed)
            return timed.error();
        report.latency(cc.label, *timed, kCountTargetMs);
    }

    // --- The audit chain ---
    step.restart();
    auto verified = store->audit().verify();
    const double verifySeconds = seconds(step);
    if (!verified)
        return verified.error();
    if (!verified->intact)
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("the audit chain is broken at event %1: %2")
                .arg(verified->firstBrokenSeq)
                .arg(verified->reason));
    say(QStringLiteral("verified %1 audit events, chain intact, in %2 s")
            .arg(number(verified->checked), decimal(verifySeconds, 1)));
    report.rate(QStringLiteral("Audit chain verification (AuditLog::verify)"),
        static_cast<double>(verified->checked) / verifySeconds, QStringLiteral("events/s"), std::nullopt);

    say(QStringLiteral("load average after measuring: %1").arg(loadAverage()));
    report.print(backend);
    Outcome outcome{report.allPassed(), report.summary(backend, opts.rows)};
    say();
    say(outcome.summary);
    return outcome;
}

void removeSqliteFiles(const QString& path)
{
    for (const QString& suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_store"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills a fresh store with N tokens and N audit events and prints insert rates, page and count latencies and "
        "the audit chain's verification rate, each with its target and PASS/MISS.\n"
        "SQLite always runs; PostgreSQL runs too, in the same invocation, when --pg is given.\n"
        "WARNING: with --pg the benchmark starts from empty tables: it runs DROP SCHEMA public CASCADE; CREATE "
        "SCHEMA public; in that database first, deleting everything in its public schema. Point it at a throw-away "
        "database only (tests/scripts/with-services.sh starts one). The password comes from MCPAUTH_DB_PASSWORD.\n"
        "The SQLite file (default: a fixed name in the temp folder) is deleted first if it exists, and removed at "
        "the end unless --keep.\n"
        "Exit status: 0 when every target is met, 1 when one is missed, 2 on an error."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
        QStringLiteral("Tokens and audit events, at least 100000 (default 1000000)."), QStringLiteral("N"),
        QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
        QStringLiteral("Rows per transaction (default 10000)."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per query (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite"),
        QStringLiteral("SQLite database file (deleted first if it exists)."), QStringLiteral("PATH"));
    const QCommandLineOption noSqliteOption(QStringLiteral("no-sqlite"), QStringLiteral("Skip the SQLite run."));
    const QCommandLineOption pgOption(QStringLiteral("pg"),
        QStringLiteral("Also run against PostgreSQL at postgresql://user@host[:port]/dbname. Drops and recreates the "
                       "schema public there first!"),
        QStringLiteral("URL"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the SQLite file afterwards (PostgreSQL tables stay anyway)."));
    parser.addOptions({rowsOption, batchOption, runsOption, sqliteOption, noSqliteOption, pgOption, keepOption});
    parser.process(app);

    Options opts;
    bool ok = false;
    opts.rows = parser.value(rowsOption).toLongLong(&ok);
    // Each of the 200 users needs a few pages of tokens for the page checks to mean something.
    if (!ok || opts.rows < 100000) {
        complain(QStringLiteral("--rows needs a number of at least 100000"));
        return 2;
    }
    opts.batch = parser.value(batchOption).toInt(&ok);
    if (!ok || opts.batch < 1) {
        complain(QStringLiteral("--batch needs a positive number"));
        return 2;
    }
    opts.runs = parser.value(runsOption).toInt(&ok);
    if (!ok || opts.runs < 1) {
        complain(QStringLiteral("--runs needs a positive number"));
        return 2;
    }
    opts.keep = parser.isSet(keepOption);
    opts.noSqlite = parser.isSet(noSqliteOption);
    opts.pgUrl = parser.value(pgOption);
    std::optional<DatabaseLocation> pgLocation;
    if (!opts.pgUrl.isEmpty()) {
        auto parsed = DatabaseLocation::parse(opts.pgUrl);
        if (!parsed || parsed->dialect != SqlDialect::Postgres) {
            complain(QStringLiteral("--pg needs a postgresql:// URL: ")
                + (parsed ? QStringLiteral("this is not one") : parsed.error().message));
            return 2;
        }
        pgLocation = *parsed;
    }
    opts.sqlitePath = parser.isSet(sqliteOption)
        ? QFileInfo(parser.value(sqliteOption)).absoluteFilePath()
        : QDir(QDir::tempPath()).filePath(QStringLiteral("mcpauth-bench-store.sqlite"));

    // The store keeps its HMAC key file in the data directory: never the user's real one.
    std::unique_ptr<QTemporaryDir> dataDir;
    if (qEnvironmentVariableIsEmpty("MCPAUTH_DATA_DIR")) {
        dataDir
            = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("mcpauth-bench-XXXXXX")));
        if (!dataDir->isValid()) {
            complain(QStringLiteral("cannot create a temporary data directory: ") + dataDir->errorString());
            return 2;
        }
        qputenv("MCPAUTH_DATA_DIR", QFile::encodeName(dataDir->path()));
    }

    say(QStringLiteral("bench_store: %1 tokens and %1 audit events per backend, %2 rows per transaction, %3 timed "
                       "runs per query (after %4 warm-up runs), page size %5")
            .arg(number(opts.rows), number(opts.batch), QString::number(opts.runs), QString::number(kWarmUpRuns),
                QString::number(kPageSize)));
    say(QStringLiteral("machine: %1 logical CPUs; Qt %2")
            .arg(QThread::idealThreadCount())
            .arg(QLatin1String(qVersion())));

    QStringList summaries;
    bool allPassed = true;
    const auto run = [&](const QString& backend, const DatabaseLocation& location, const QString& password) {
        auto result = runBackend(backend, location, password, opts);
        if (!result) {
            complain(QStringLiteral("%1 run failed: %2").arg(backend, result.error().message));
            summaries << QStringLiteral("%1: ERROR - %2").arg(backend, result.error().message);
            return false;
        }
        summaries << result->summary;
        allPassed = allPassed && result->passed;
        return true;
    };
    bool errors = false;

    if (!opts.noSqlite) {
        removeSqliteFiles(opts.sqlitePath);
        DatabaseLocation sqlite;
        sqlite.dialect = SqlDialect::Sqlite;
        sqlite.filePath = opts.sqlitePath;
        errors = !run(QStringLiteral("SQLite"), sqlite, QString()) || errors;
        if (!opts.keep)
            removeSqliteFiles(opts.sqlitePath);
        else
            say(QStringLiteral("kept %1").arg(opts.sqlitePath));
    }

    if (pgLocation) {
        const DatabaseLocation& location = *pgLocation;
        const QString password = qEnvironmentVariable("MCPAUTH_DB_PASSWORD");
        if (const Status reset = resetPostgres(location, password); !reset) {
            complain(QStringLiteral("could not empty the PostgreSQL database: ") + reset.error().message);
            errors = true;
        } else {
            say();
            say(QStringLiteral("PostgreSQL: dropped and recreated schema public in %1 (the benchmark starts from "
                               "empty tables)")
                    .arg(location.display()));
            errors = !run(QStringLiteral("PostgreSQL"), location, password) || errors;
        }
    }
    say();
    say(QStringLiteral("=== Summary ==="));
    for (const QString& line : std::as_const(summaries))
        say(line);
    return errors ? 2 : (allPassed ? 0 : 1);
}
