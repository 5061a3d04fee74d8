// A writer killed with SIGKILL in the middle of a burst of commits must leave a store that opens,
// passes its integrity check, holds every commit the writer saw succeed, holds no half of a batch,
// and whose audit chain still verifies.
//
// The writer is this executable started again with --child-writer <db> <batch size>: it inserts
// batches of tokens (one transaction each) and, after each commit returned, prints the batch to
// stdout. The parent reads those lines, kills the child once enough commits were reported, and then
// checks the store in-process.
#include "TestPostgres.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>
#include <signal.h>
#include <sys/types.h>

using namespace mcpauth;

namespace {

const QLatin1String kChildFlag("--child-writer");
constexpr int kChildLifetimeMs = 60 * 1000; // a writer nobody kills stops by itself
constexpr int kWaitForCommitsMs = 40 * 1000;
constexpr qint64 kT0 = 1735689600000; // 2025-01-01T00:00:00Z

QString tokenId(qint64 seq)
{
    return QStringLiteral("crash-token-%1").arg(seq, 10, 10, QLatin1Char('0'));
}

QString describe(const Error& e)
{
    return QStringLiteral("%1: %2").arg(errorCodeName(e.code), e.message);
}

// The child: writes until killed. Exit codes 2-4 tell the parent what went wrong.
int runChildWriter(const QString& dbText, int batchSize)
{
    QLoggingCategory::setFilterRules(QStringLiteral("mcpauth.*.info=false"));
    const auto fail = [](const QString& what) {
        std::fprintf(stderr, "child-writer: %s\n", qPrintable(what));
        return 2;
    };
    if (batchSize < 1)
        return fail(QStringLiteral("bad batch size"));
    auto location = DatabaseLocation::parse(dbText);
    if (!location)
        return fail(describe(location.error()));
    auto opened = Store::open(*location, StoreOpenOptions{qEnvironmentVariable("MCPAUTH_DB_PASSWORD"), -1});
    if (!opened)
        return fail(describe(opened.error()));
    Store& store = **opened;
    const AuditContext ctx{QStringLiteral("test:crash-writer"), QStringLiteral("tst_crashsafety child")};

    auto org = store.organizations().create(Organization{{}, QStringLiteral("crash"), QStringLiteral("Crash"), 0}, ctx);
    if (!org)
        return fail(describe(org.error()));
    Application app;
    app.organizationId = org->id;
    app.name = QStringLiteral("writer");
    app.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    auto saved = store.applications().create(app, ctx);
    if (!saved)
        return fail(describe(saved.error()));
    const QString appId = saved->application.id;
    std::printf("ready %s\n", qPrintable(appId));
    std::fflush(stdout);

    const QDeadlineTimer lifetime(kChildLifetimeMs);
    qint64 committed = 0;
    qint64 batches = 0;
    while (!lifetime.hasExpired()) {
        QList<Token> batch;
        batch.reserve(batchSize);
        for (int i = 1; i <= batchSize; ++i) {
            Token t;
            t.id = tokenId(committed + i);
            t.kind = TokenKind::Access;
            t.applicationId = appId;
            t.resource = QStringLiteral("https://mcp.example.com/mcp");
            t.scopes = {QStringLiteral("application:read")};
            t.issuedAt = kT0 + committed + i;
            t.expiresAt = t.issuedAt + 3600 * 1000;
            batch << t;
        }
        if (const Status inserted = store.tokens().insertBatch(batch, ctx); !inserted) {
            std::fprintf(stderr, "child-writer: insertBatch failed: %s\n", qPrintable(describe(inserted.error())));
            return 3;
        }
        // Only now, after COMMIT returned, is the batch reported.
        committed += batchSize;
        ++batches;
        std::printf("committed %lld %lld %s %s\n", static_cast<long long>(batches), static_cast<long long>(committed),
            qPrintable(batch.first().id), qPrintable(batch.last().id));
        std::fflush(stdout);
    }
    std::fprintf(stderr, "child-writer: nobody killed me within %d ms\n", kChildLifetimeMs);
    return 4;
}

using test::resetPostgres;

} // namespace

#define QVERIFY_OK(result)                                                                                             \
    do {                                                                                                               \
        const auto& ok_ = (result);                                                                                    \
        QVERIFY2(ok_.isOk(), qPrintable(ok_.isOk() ? QString() : describe(ok_.error())));                              \
    } while (false)

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWriterLosesNoCommit_data();
    void killedWriterLosesNoCommit();

private:
    QTemporaryDir m_dataDir;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(m_dataDir.isValid(), qPrintable(m_dataDir.errorString()));
    // The store key file lives here; the child gets the same directory, so both use the same key.
    qputenv("MCPAUTH_DATA_DIR", QFile::encodeName(m_dataDir.path()));
    QLoggingCategory::setFilterRules(QStringLiteral("mcpauth.*.info=false"));
}

void TestCrashSafety::killedWriterLosesNoCommit_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("killAfter"); // commits reported before the kill
    QTest::addColumn<int>("batchSize"); // tokens per transaction

    // Three SQLite rounds, killed at different moments and with batches of one statement up to many
    // statements per transaction, so the kill also lands between the statements of one transaction.
    QTest::newRow("sqlite/300-commits/1-token") << QStringLiteral("sqlite") << 300 << 1;
    QTest::newRow("sqlite/450-commits/37-tokens") << QStringLiteral("sqlite") << 450 << 37;
    QTest::newRow("sqlite/600-commits/120-tokens") << QStringLiteral("sqlite") << 600 << 120;
    QTest::newRow("postgresql/300-commits/20-tokens") << QStringLiteral("postgresql") << 300 << 20;
}

void TestCrashSafety::killedWriterLosesNoCommit()
{
    QFETCH(QString, backend);
    QFETCH(int, killAfter);
    QFETCH(int, batchSize);

    QTemporaryDir dbDir;
    QVERIFY2(dbDir.isValid(), qPrintable(dbDir.errorString()));
    QString dbText;
    QString password;
    if (backend == QLatin1String("sqlite")) {
        dbText = dbDir.filePath(QStringLiteral("crash.db"));
    } else {
        dbText = qEnvironmentVariable("MCPAUTH_TEST_PG_URL");
        if (dbText.isEmpty()) {
            if (qEnvironmentVariable("MCPAUTH_REQUIRE_PG") == QLatin1String("1"))
                QFAIL("MCPAUTH_REQUIRE_PG=1 but MCPAUTH_TEST_PG_URL is not set: the PostgreSQL round cannot run. "
                      "Run the tests through tests/scripts/with-services.sh.");
            QSKIP("MCPAUTH_TEST_PG_URL is not set (run through tests/scripts/with-services.sh)");
        }
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "the Qt PostgreSQL driver is not installed");
        auto pg = DatabaseLocation::parse(dbText);
        QVERIFY_OK(pg);
        QVERIFY(pg->dialect == SqlDialect::Postgres);
        password = qEnvironmentVariable("MCPAUTH_DB_PASSWORD");
        const QString error = resetPostgres(*pg, password);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Start the writer.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MCPAUTH_DATA_DIR"), m_dataDir.path());
    env.insert(QStringLiteral("MCPAUTH_DB_PASSWORD"), password);
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({kChildFlag, dbText, QString::number(batchSize)});
    child.start();
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    // Follow its reports: "ready <appId>", then "committed <batch> <total> <first id> <last id>".
    QString appId;
    qint64 reportedBatches = 0;
    qint64 reportedTokens = 0;
    QByteArray pending;
    QString protocolError;
    const auto consume = [&] {
        pending += child.readAllStandardOutput();
        qsizetype newline;
        while (protocolError.isEmpty() && (newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 2 && parts[0] == QLatin1String("ready") && appId.isEmpty()) {
                appId = parts[1];
            } else if (parts.size() == 5 && parts[0] == QLatin1String("committed") && !appId.isEmpty()) {
                const qint64 batch = parts[1].toLongLong();
                const qint64 total = parts[2].toLongLong();
                if (batch != reportedBatches + 1 || total != batch * batchSize
                    || parts[3] != tokenId(total - batchSize + 1) || parts[4] != tokenId(total))
                    protocolError
                        = QString(QStringLiteral("unexpected report after batch %1: ").arg(reportedBatches) + line);
                reportedBatches = batch;
                reportedTokens = total;
            } else {
                protocolError = QString(QStringLiteral("unexpected line from the writer: ") + line);
            }
        }
    };
    const auto childStderr = [&] { return QString::fromLocal8Bit(child.readAllStandardError()); };

    const QDeadlineTimer deadline(kWaitForCommitsMs);
    while (reportedBatches < killAfter && protocolError.isEmpty()) {
        if (child.state() != QProcess::Running) {
            consume();
            QFAIL(qPrintable(QStringLiteral("the writer exited (code %1) after %2 commits: %3")
                                 .arg(child.exitCode())
                                 .arg(reportedBatches)
                                 .arg(childStderr())));
        }
        if (deadline.hasExpired()) {
            child.kill();
            child.waitForFinished(10000);
            QFAIL(qPrintable(QStringLiteral("only %1 of %2 commits within %3 ms: %4")
                                 .arg(reportedBatches)
                                 .arg(killAfter)
                                 .arg(kWaitForCommitsMs)
                                 .arg(childStderr())));
        }
        child.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 1000)));
        consume();
    }
    QVERIFY2(protocolError.isEmpty(), qPrintable(protocolError));

    // Kill it mid-burst, then take in whatever it reported before it died.
    QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    consume();
    QVERIFY2(protocolError.isEmpty(), qPrintable(protocolError));
    QVERIFY(reportedBatches >= killAfter);
    qInfo("killed the writer after %lld reported commits (%lld tokens)", static_cast<long long>(reportedBatches),
        static_cast<long long>(reportedTokens));

    // The store opens and is sound.
    auto location = DatabaseLocation::parse(dbText);
    QVERIFY_OK(location);
    auto opened = Store::open(*location, StoreOpenOptions{password, -1});
    QVERIFY_OK(opened);
    Store& store = **opened;
    QVERIFY_OK(store.checkIntegrity());

    // Every reported token is there; beyond them at most the one batch in flight, and all of it.
    QSet<QString> stored;
    {
        auto rows = store.database().exec(QStringLiteral("SELECT id FROM tokens WHERE application_id = ?"), {appId});
        QVERIFY_OK(rows);
        QSqlQuery query = std::move(rows).value();
        while (query.next())
            stored.insert(query.value(0).toString());
    }
    for (qint64 seq = 1; seq <= reportedTokens; ++seq) {
        if (!stored.contains(tokenId(seq)))
            QFAIL(qPrintable(QStringLiteral("the committed token %1 is missing (%2 reported, %3 stored)")
                                 .arg(tokenId(seq))
                                 .arg(reportedTokens)
                                 .arg(stored.size())));
    }
    const qint64 extra = stored.size() - reportedTokens;
    QVERIFY2(extra == 0 || extra == batchSize,
        qPrintable(
            QStringLiteral("%1 tokens beyond the reported ones: a batch of %2 was torn").arg(extra).arg(batchSize)));
    qInfo("the store holds %lld tokens: the reported ones%s", static_cast<long long>(stored.size()),
        extra == 0 ? "" : " and the whole batch that was in flight");
    for (qint64 seq = reportedTokens + 1; seq <= reportedTokens + extra; ++seq)
        QVERIFY2(stored.contains(tokenId(seq)), qPrintable(tokenId(seq)));
    auto counted = store.tokens().count(TokenFilter{appId, {}, {}, {}, {}, 0, 0, 0});
    QVERIFY_OK(counted);
    QCOMPARE(*counted, qint64(stored.size()));

    // The audit log holds one event per stored batch and its chain verifies.
    AuditFilter imports;
    imports.action = QStringLiteral("token.import");
    auto importEvents = store.audit().count(imports);
    QVERIFY_OK(importEvents);
    QCOMPARE(*importEvents, qint64(stored.size() / batchSize));
    auto report = store.audit().verify();
    QVERIFY_OK(report);
    QVERIFY2(
        report->intact, qPrintable(QStringLiteral("broken at %1: %2").arg(report->firstBrokenSeq).arg(report->reason)));
    QCOMPARE(report->checked, *importEvents + 2); // + organization and application

    // And it takes new writes.
    Token after;
    after.id = QStringLiteral("after-the-crash-0001");
    after.applicationId = appId;
    after.resource = QStringLiteral("https://mcp.example.com/mcp");
    after.scopes = {QStringLiteral("application:read")};
    after.issuedAt = kT0;
    after.expiresAt = kT0 + 1000;
    QVERIFY_OK(store.tokens().insert(after, AuditContext{QStringLiteral("test:parent"), QStringLiteral("tst")}));
    QVERIFY(store.audit().verify()->intact);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == kChildFlag)
        return runChildWriter(args.at(2), args.at(3).toInt());
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
