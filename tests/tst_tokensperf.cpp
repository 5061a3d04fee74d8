#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PerfSupport.h"
#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "models/TokenTableModel.h"
#include "store/Store.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace mcpauth;
using namespace mcpauth::test;

namespace {

constexpr int kTokens = 1000000;
constexpr int kChunk = 50000;
constexpr qint64 kMaxStallMs = 50;

} // namespace

// The Tokens page on 1,000,000 tokens: the first rows, the next pages, the last page and a filter change
// arrive quickly, and the UI thread never stalls for more than 50 ms meanwhile.
class TestTokensPerf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate(m_dir, QStringLiteral("tst_tokensperf"));
        if (QTest::currentTestFailed())
            return;
        m_location.filePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        fill();
    }

    void tokensPageStaysResponsive()
    {
        LocalBackend backend(m_location, {});
        std::optional<Status> opened;
        backend.open(this, [&](Status s) { opened = s; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(*opened);

        MainWindow window(backend);
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StallMeter stalls;
        stalls.start();

        QElapsedTimer clock;
        clock.start();
        window.showView(MainWindow::View::Tokens);
        auto* table = window.findChild<QTableView*>(QStringLiteral("tokensTableView"));
        QVERIFY(table);
        auto* model = qobject_cast<TokenTableModel*>(table->model());
        QVERIFY(model);
        const qint64 firstRows = timeUntil([&] { return model->rowCount() > 0; });
        QVERIFY(firstRows >= 0);
        table->viewport()->repaint();
        const qint64 firstPainted = clock.elapsed();
        const qint64 count = timeUntil([&] { return model->totalCount() == kTokens; });
        QVERIFY2(count >= 0, qPrintable(QString::number(model->totalCount())));
        const qint64 countShown = clock.elapsed();
        // The first show of the page builds and lays out its widgets once; what follows is data only.
        const qint64 firstShowStall = stalls.longestGapMs();
        stalls.start();

        // Scrolling down: each time the view reaches the bottom it asks for the next page.
        qint64 longestPage = 0;
        for (int i = 0; i < 10; ++i) {
            const int before = model->rowCount();
            clock.restart();
            table->scrollToBottom();
            const qint64 took = timeUntil([&] { return model->rowCount() > before; });
            QVERIFY(took >= 0);
            longestPage = qMax(longestPage, took);
        }
        QCOMPARE(model->rowCount(), 11 * TokenTableModel::kPageSize);
        const qint64 scrollStall = stalls.longestGapMs();
        stalls.start();

        // The end: the last page in this order, newest first, so the oldest token last.
        auto* last = window.findChild<QPushButton*>(QStringLiteral("tokenJumpToEndButton"));
        QVERIFY(last);
        clock.restart();
        last->click();
        const qint64 toEnd = timeUntil([&] { return model->isAtEnd() && model->rowCount() > 0; });
        QVERIFY(toEnd >= 0);
        table->viewport()->repaint();
        const qint64 endPainted = clock.elapsed();
        QCOMPARE(model->token(model->rowCount() - 1).id, m_oldestId);
        const qint64 endStall = stalls.longestGapMs();
        stalls.start();

        // Filter changes: by state (a scan of the time-ordered index) and by application (its own index).
        auto* state = window.findChild<QComboBox*>(QStringLiteral("tokenStateFilter"));
        auto* app = window.findChild<QComboBox*>(QStringLiteral("tokenApplicationFilter"));
        QVERIFY(state && app);
        QTRY_VERIFY(app->count() > 1);
        clock.restart();
        state->setCurrentIndex(state->findText(QStringLiteral("Revoked")));
        const qint64 stateFilter = timeUntil([&] { return model->rowCount() > 0 && !model->isAtEnd(); });
        QVERIFY(stateFilter >= 0);
        QCOMPARE(model->token(0).stateAt(QDateTime::currentMSecsSinceEpoch()), TokenState::Revoked);
        const qint64 stateCount = timeUntil([&] { return !model->isLoading(); }, 20000);
        const qint64 stateCounted = clock.elapsed();
        QVERIFY(stateCount >= 0);
        const qint64 stateStall = stalls.longestGapMs();
        stalls.start();
        clock.restart();
        state->setCurrentIndex(0);
        app->setCurrentIndex(1);
        const qint64 appFilter = timeUntil(
            [&] { return model->rowCount() > 0 && model->filter().applicationId == app->currentData().toString(); });
        QVERIFY(appFilter >= 0);
        timeUntil([&] { return !model->isLoading(); }, 20000);
        const qint64 appCounted = clock.elapsed();

        const qint64 appStall = stalls.longestGapMs();
        const qint64 stall = qMax(qMax(scrollStall, endStall), qMax(stateStall, appStall));
        qInfo().noquote() << QStringLiteral("longest UI-thread stall by step: paging down %1 ms, last page %2 ms, "
                                            "state filter %3 ms, application filter %4 ms")
                                 .arg(scrollStall)
                                 .arg(endStall)
                                 .arg(stateStall)
                                 .arg(appStall);
        qInfo().noquote() << QStringLiteral(
            "Tokens page on %1 tokens: first rows %2 ms (painted %3 ms), count shown %4 ms; next page (fetchMore) "
            "longest %5 ms; last page %6 ms (painted %7 ms); filter by state: rows %8 ms, count %9 ms; filter by "
            "application: rows %10 ms, count %11 ms; longest UI-thread stall while paging, jumping and filtering %12 "
            "ms (bound %13 ms); while the page was "
            "first shown (widgets polished, laid out and painted once) %14 ms")
                                 .arg(kTokens)
                                 .arg(firstRows)
                                 .arg(firstPainted)
                                 .arg(countShown)
                                 .arg(longestPage)
                                 .arg(toEnd)
                                 .arg(endPainted)
                                 .arg(stateFilter)
                                 .arg(stateCounted)
                                 .arg(appFilter)
                                 .arg(appCounted)
                                 .arg(stall)
                                 .arg(kMaxStallMs)
                                 .arg(firstShowStall);
        // A stall measured while other processes hold every core is the scheduler's, not this code's: the
        // bound is asserted on a machine that is not overloaded (CI runs this test alone), and the figure
        // is printed either way.
        const double load = loadAverage();
        if (load > QThread::idealThreadCount())
            QSKIP(qPrintable(QStringLiteral("the machine is overloaded (load average %1 on %2 cores): the stall "
                                            "bound is not judged")
                                 .arg(load)
                                 .arg(QThread::idealThreadCount())));
        QVERIFY2(stall < kMaxStallMs, qPrintable(QStringLiteral("the UI thread stalled for %1 ms").arg(stall)));
    }

private:
    // 1,000,000 tokens: every tenth through TokenRepository::insertBatch (chunks of 50,000), the nine
    // between each pair copied from them by one INSERT ... SELECT each, with the tokens table's indexes
    // dropped meanwhile and built again at the end. Building an index from all rows at once is far
    // cheaper than maintaining seven B-trees row by row (about 20,000 rows/s, see bench_store), and the
    // copies skip the per-row work of the repository, which the first tenth already went through.
    void fill()
    {
        QElapsedTimer clock;
        clock.start();
        auto opened = Store::open(m_location);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        std::unique_ptr<Store> store = std::move(opened).value();
        const AuditContext ctx{QStringLiteral("test"), QStringLiteral("test")};
        auto demo = DemoData::install(*store, ctx);
        QVERIFY(demo && demo->created);
        auto apps = store->applications().list();
        QVERIFY(apps && !apps->isEmpty());
        Database& db = store->database();
        QStringList indexes;
        {
            auto q = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                            "'tokens' AND sql IS NOT NULL"));
            QVERIFY(q);
            QSqlQuery query = std::move(q).value();
            QStringList names;
            while (query.next()) {
                names << query.value(0).toString();
                indexes << query.value(1).toString();
            }
            for (const QString& name : names)
                QVERIFY(db.exec(QStringLiteral("DROP INDEX %1").arg(name)));
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 kStepMs = 2592; // 30 days over 1,000,000 tokens
        constexpr int kCopies = 10;
        const qint64 oldest = now - kStepMs * kTokens;
        for (int start = 0; start < kTokens; start += kChunk * kCopies) {
            QList<Token> chunk;
            chunk.reserve(kChunk);
            for (int n = start; n < start + kChunk * kCopies; n += kCopies) {
                Token t;
                // Time-ordered ids, like the server's: new rows append to the key.
                t.id = QStringLiteral("perf-token-%1").arg(n, 8, 10, QLatin1Char('0'));
                t.kind = (n / kCopies) % 5 < 2 ? TokenKind::Refresh : TokenKind::Access;
                if (t.kind == TokenKind::Refresh)
                    t.familyId = QStringLiteral("perf-family-%1").arg(n, 8, 10, QLatin1Char('0'));
                t.applicationId = apps->at((n / kCopies) % apps->size()).id;
                t.resource = demo->resourceUri;
                t.scopes = {QStringLiteral("application:read")};
                t.issuedAt = oldest + kStepMs * n;
                t.expiresAt = t.issuedAt + 3600000;
                t.revokedAt = (n / kCopies) % 33 == 0 ? t.issuedAt + 1000 : 0;
                chunk << t;
            }
            const Status inserted = store->tokens().insertBatch(chunk, ctx);
            QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
        }
        const qint64 repository = clock.elapsed();
        for (int k = 1; k < kCopies; ++k) {
            auto copied = db.exec(QStringLiteral(
                "INSERT INTO tokens (id, kind, application_id, user_id, resource, scopes, issued_at, expires_at, "
                "revoked_at, family_id, value_hash) SELECT printf('perf-token-%08d', CAST(substr(id, 12) AS INTEGER) + "
                "%1), "
                "kind, application_id, user_id, resource, scopes, issued_at + %2, expires_at + %2, "
                "CASE WHEN revoked_at IS NULL THEN NULL ELSE revoked_at + %2 END, family_id, NULL "
                "FROM tokens WHERE id LIKE 'perf-token-%' AND CAST(substr(id, 12) AS INTEGER) % %3 = 0")
                                      .arg(k)
                                      .arg(kStepMs * k)
                                      .arg(kCopies));
            QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
        }
        m_oldestId = QStringLiteral("perf-token-%1").arg(0, 8, 10, QLatin1Char('0'));
        const qint64 rows = clock.elapsed();
        for (const QString& sql : std::as_const(indexes))
            QVERIFY(db.exec(sql));
        QVERIFY(db.exec(QStringLiteral("ANALYZE")));
        qInfo().noquote() << QStringLiteral(
            "filled %1 tokens in %2 ms (%3 through insertBatch in %4 ms, the rest copied in %5 ms, %6 indexes "
            "built in %7 ms)")
                                 .arg(kTokens)
                                 .arg(clock.elapsed())
                                 .arg(kTokens / kCopies)
                                 .arg(repository)
                                 .arg(rows - repository)
                                 .arg(indexes.size())
                                 .arg(clock.elapsed() - rows);
    }

    DatabaseLocation m_location;
    QTemporaryDir m_dir;
    QString m_oldestId;
};

QTEST_MAIN(TestTokensPerf)
#include "tst_tokensperf.moc"
