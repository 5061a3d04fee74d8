// WalCheckpointer: while the writer's connection keeps committing with automatic checkpoints off, the
// worker thread's PASSIVE checkpoints keep the WAL small; stopping joins the thread, closes its
// connection, gives the writer its automatic checkpoints back, and every row written is there.
#include "store/Database.h"
#include "store/WalCheckpointer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace mcpauth;

namespace {

constexpr int kTransactions = 300;
constexpr int kPayloadBytes = 16 * 1024; // four pages, so the WAL grows fast
constexpr int kPerRound = 20;

int scalar(const Database& db, const QString& sql)
{
    auto query = db.exec(sql);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toInt();
}

qint64 walBytes(const QString& dbPath)
{
    return QFileInfo(dbPath + QStringLiteral("-wal")).size();
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_writer;

    void openWriter()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        DatabaseLocation location;
        location.filePath = m_path;
        const Status opened = m_writer.open(location, QString());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(
            m_writer.execAll({QStringLiteral("CREATE TABLE rows (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)")}));
    }

    // One transaction per row, as the server's write-behind flushes commit.
    void writeRows(int from, int count)
    {
        const QByteArray payload(kPayloadBytes, 'x');
        for (int i = from; i < from + count; ++i) {
            const Status written = m_writer.transaction([&]() -> Status {
                auto q = m_writer.exec(QStringLiteral("INSERT INTO rows (id, payload) VALUES (?, ?)"), {i, payload});
                if (!q)
                    return q.error();
                return {};
            });
            QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        }
    }

private Q_SLOTS:
    void cleanup() { m_writer.close(); }

    void walWithoutCheckpointsGrows()
    {
        // The yardstick for the next test: with automatic checkpoints off and nobody checkpointing, the
        // WAL holds every page written.
        openWriter();
        QVERIFY(m_writer.execAll({QStringLiteral("PRAGMA wal_autocheckpoint=0")}));
        writeRows(0, kTransactions);
        QVERIFY2(
            walBytes(m_path) > qint64(kTransactions) * kPayloadBytes, qPrintable(QString::number(walBytes(m_path))));
    }

    void checkpointsWhileTheWriterWrites()
    {
        openWriter();
        const int connectionsBefore = QSqlDatabase::connectionNames().size();
        WalCheckpointer checkpointer;
        QSignalSpy spy(&checkpointer, &WalCheckpointer::checkpointed);
        QVERIFY(checkpointer.start(m_writer, 5));
        QVERIFY(checkpointer.isRunning());
        QCOMPARE(scalar(m_writer, QStringLiteral("PRAGMA wal_autocheckpoint")), 0);

        qint64 largestWal = 0;
        for (int from = 0; from < kTransactions; from += kPerRound) {
            writeRows(from, kPerRound);
            largestWal = std::max(largestWal, walBytes(m_path));
            // A checkpoint that copied the whole WAL lets the next transaction start it over.
            const int before = int(spy.size());
            QTRY_VERIFY_WITH_TIMEOUT(spy.size() > before && spy.last().at(0) == spy.last().at(1), 5000);
        }
        QVERIFY(largestWal > 0);
        // Without the checkpoints the WAL passes kTransactions * kPayloadBytes (previous test); with
        // them it holds a few rounds at most.
        QVERIFY2(
            largestWal < qint64(4) * kPerRound * (kPayloadBytes + 8 * 1024), qPrintable(QString::number(largestWal)));

        checkpointer.stop();
        QVERIFY(!checkpointer.isRunning());
        checkpointer.stop(); // twice is harmless
        QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
        QCOMPARE(scalar(m_writer, QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);

        // Nothing lost: every row, also through a fresh connection after the writer closed.
        QCOMPARE(scalar(m_writer, QStringLiteral("SELECT count(*) FROM rows")), kTransactions);
        m_writer.close();
        Database reader;
        DatabaseLocation location;
        location.filePath = m_path;
        QVERIFY(reader.open(location, QString()));
        QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM rows")), kTransactions);
        QCOMPARE(
            scalar(reader, QStringLiteral("SELECT count(*) FROM rows WHERE length(payload) = %1").arg(kPayloadBytes)),
            kTransactions);
    }

    void keepsUpWithSteadyWrites()
    {
        // Commits every millisecond or so, as the server's flushes under load: no checkpoint ever ends
        // with nothing new behind it unless they follow one another once the WAL is long.
        openWriter();
        WalCheckpointer checkpointer;
        QSignalSpy spy(&checkpointer, &WalCheckpointer::checkpointed);
        QVERIFY(checkpointer.start(m_writer, 50, 100));
        constexpr int kSteady = 600;
        qint64 largestWal = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kSteady; ++i) {
            writeRows(i, 1);
            largestWal = std::max(largestWal, walBytes(m_path));
            QTest::qWait(1);
        }
        checkpointer.stop();
        const auto restarts
            = std::count_if(spy.cbegin(), spy.cend(), [](const QList<QVariant>& s) { return s.at(0).toInt() == 0; });
        QVERIFY2(restarts >= 2, qPrintable(QString::number(restarts)));
        QVERIFY2(clock.elapsed() > 300, "the writes ended before a few checkpoint intervals passed");
        // Left alone, the WAL holds all of it (walWithoutCheckpointsGrows); here it starts over again and again.
        QVERIFY2(largestWal < qint64(kSteady) * kPayloadBytes / 3, qPrintable(QString::number(largestWal)));
        QCOMPARE(scalar(m_writer, QStringLiteral("SELECT count(*) FROM rows")), kSteady);
    }

    void destructorStops()
    {
        openWriter();
        const int connectionsBefore = QSqlDatabase::connectionNames().size();
        {
            WalCheckpointer checkpointer;
            QVERIFY(checkpointer.start(m_writer, 5));
            writeRows(0, 5);
        }
        QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
        QCOMPARE(scalar(m_writer, QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
