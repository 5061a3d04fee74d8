#include "desktop/SingleInstance.h"
#include "store/DatabaseLocation.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;

// One console per store: the real console binary launched twice, and the hand-over's edges.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchRaisesTheFirst()
    {
        const QString console = qEnvironmentVariable("MCPAUTH_CONSOLE_PATH");
        QVERIFY2(QFile::exists(console), "MCPAUTH_CONSOLE_PATH must name the built mcp-auth-console");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DatabaseLocation location;
        location.filePath = dir.filePath(QStringLiteral("store.sqlite"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("MCPAUTH_DATA_DIR"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        const QStringList args{QStringLiteral("--db"), location.filePath, QStringLiteral("--no-server")};

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(console, args);
        QVERIFY(first.waitForStarted());
        const QString name = SingleInstance(location.identity()).serverName();
        QTRY_VERIFY_WITH_TIMEOUT(listening(name), 20000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(console, args);
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardError().contains("already running"), "the second launch says why it ends");

        QTRY_VERIFY_WITH_TIMEOUT((m_firstErr += first.readAllStandardError()).contains("raising its window"), 10000);
        QVERIFY(first.state() == QProcess::Running);

        // Another store is another console.
        DatabaseLocation other;
        other.filePath = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(SingleInstance(other.identity()).serverName() != name);

        first.terminate();
        QVERIFY(first.waitForFinished(15000));
    }

    // A socket file left by a crash does not stop the next console.
    void staleSocketIsReplaced()
    {
        SingleInstance instance(QStringLiteral("stale-%1").arg(QCoreApplication::applicationPid()));
        QFile stale(QDir::tempPath() + QLatin1Char('/') + instance.serverName());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(instance.claim({}));
        QVERIFY(listening(instance.serverName()));
    }

    // Garbage or an oversized message on the socket is dropped without a signal.
    void garbageIsIgnored()
    {
        SingleInstance instance(QStringLiteral("garbage-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(instance.claim({}));
        QSignalSpy received(&instance, &SingleInstance::argumentsReceived);
        QLocalSocket socket;
        socket.connectToServer(instance.serverName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(QByteArray(70 * 1024, 'x'));
        socket.flush();
        QTRY_VERIFY(socket.state() == QLocalSocket::UnconnectedState);
        QCOMPARE(received.count(), 0);

        // A well-formed message still works afterwards.
        QLocalSocket good;
        good.connectToServer(instance.serverName());
        QVERIFY(good.waitForConnected(2000));
        QByteArray message;
        QDataStream body(&message, QIODevice::WriteOnly);
        body << QStringList{QStringLiteral("--db"), QStringLiteral("x")};
        QDataStream framed(&good);
        framed << message;
        good.flush();
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), (QStringList{QStringLiteral("--db"), QStringLiteral("x")}));
    }

private:
    static bool listening(const QString& name)
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        const bool up = probe.waitForConnected(200);
        probe.abort();
        return up;
    }

    QByteArray m_firstErr;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
