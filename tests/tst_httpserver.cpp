// HttpServer's connection limits, over real sockets: how many connections it keeps, for how long
// when idle or when a request trickles in, and how many unanswered pipelined requests it takes.
#include "http/HttpServer.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QPromise>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using namespace mcpauth;

namespace {

const QByteArray kGet = QByteArrayLiteral("GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

// Everything the server sent until it closed the connection or `ms` passed.
QByteArray readAll(QTcpSocket& socket, int ms = 5000)
{
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms && socket.state() != QAbstractSocket::UnconnectedState) {
        QTest::qWait(20);
        got += socket.readAll();
    }
    return got + socket.readAll();
}

// Waits for one whole answer (headers and a Content-Length body) on a kept-alive connection.
QByteArray readAnswer(QTcpSocket& socket, int ms = 5000)
{
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end >= 0) {
            const qsizetype at = got.indexOf("Content-Length: ");
            const qsizetype length = at >= 0 ? got.mid(at + 16, got.indexOf("\r\n", at) - at - 16).toLongLong() : 0;
            if (got.size() >= end + 4 + length)
                return got;
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
        QTest::qWait(20);
        got += socket.readAll();
    }
    return got;
}

bool isClosed(QTcpSocket& socket)
{
    if (socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QTest::qWait(20);
    socket.readAll();
    return socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectionCapAnswers503();
    void perSourceCapForOtherAddresses();
    void idleConnectionIsClosed();
    void silentConnectionIsClosed();
    void trickledRequestGets408();
    void pendingAnswerKeepsConnection();
    void pipelinedFloodIsCutOff();

private:
    quint16 start(const ConnectionLimits& limits, const QHostAddress& address = QHostAddress::LocalHost);
    std::unique_ptr<QTcpSocket> connectTo(quint16 port, const QHostAddress& address = QHostAddress::LocalHost);

    std::unique_ptr<HttpServer> m_server;
    std::vector<std::shared_ptr<QPromise<HttpResponse>>> m_pending; // answers the test finishes itself
};

void TestHttpServer::init()
{
    m_server = std::make_unique<HttpServer>();
    m_server->route("GET", QStringLiteral("/hello"), [](const HttpRequest&) -> HttpReply {
        return HttpResponse::json(QJsonObject{{QStringLiteral("hello"), true}});
    });
    m_server->route("GET", QStringLiteral("/later"), [this](const HttpRequest&) -> HttpReply {
        auto promise = std::make_shared<QPromise<HttpResponse>>();
        promise->start();
        m_pending.push_back(promise);
        return promise->future();
    });
}

void TestHttpServer::cleanup()
{
    for (const auto& promise : m_pending)
        promise->finish();
    m_pending.clear();
    m_server.reset();
}

quint16 TestHttpServer::start(const ConnectionLimits& limits, const QHostAddress& address)
{
    m_server->setLimits(limits);
    auto port = m_server->startListening(address, 0);
    if (!port)
        qFatal("listening failed: %s", qPrintable(port.error().message));
    return *port;
}

std::unique_ptr<QTcpSocket> TestHttpServer::connectTo(quint16 port, const QHostAddress& address)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(address, port);
    if (!socket->waitForConnected(3000))
        qWarning("connecting failed: %s", qPrintable(socket->errorString()));
    return socket;
}

void TestHttpServer::connectionCapAnswers503()
{
    ConnectionLimits limits;
    limits.maxConnections = 3;
    const quint16 port = start(limits);
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 3; ++i)
        open.push_back(connectTo(port));
    QTRY_COMPARE(m_server->openConnections(), 3);

    auto extra = connectTo(port);
    const QByteArray refused = readAll(*extra);
    QVERIFY2(refused.startsWith("HTTP/1.1 503 "), refused.constData());
    QVERIFY(refused.contains("Retry-After: 1"));
    QVERIFY(isClosed(*extra));
    QCOMPARE(m_server->openConnections(), 3);

    // The three kept still work, and a place freed is taken again.
    open[0]->write(kGet);
    QVERIFY(readAnswer(*open[0]).startsWith("HTTP/1.1 200 "));
    open[1]->disconnectFromHost();
    QTRY_COMPARE(m_server->openConnections(), 2);
    auto next = connectTo(port);
    next->write(kGet);
    QVERIFY(readAnswer(*next).startsWith("HTTP/1.1 200 "));
}

void TestHttpServer::perSourceCapForOtherAddresses()
{
    // Every local client shares 127.0.0.1, so the cap applies to other addresses only: this needs
    // an address of this machine that is not loopback.
    QHostAddress own;
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
            own = a;
            break;
        }
    }
    if (own.isNull())
        QSKIP("This machine has no IPv4 address other than loopback.");
    ConnectionLimits limits;
    limits.maxPerSource = 2;
    const quint16 port = start(limits, own);
    auto first = connectTo(port, own);
    auto second = connectTo(port, own);
    QTRY_COMPARE(m_server->openConnections(), 2);
    auto third = connectTo(port, own);
    QVERIFY(readAll(*third).startsWith("HTTP/1.1 503 "));
    second->write(QByteArray(kGet).replace("127.0.0.1", own.toString().toLatin1()));
    QVERIFY(readAnswer(*second).startsWith("HTTP/1.1 200 "));
}

void TestHttpServer::idleConnectionIsClosed()
{
    ConnectionLimits limits;
    limits.idleTimeoutMs = 300;
    const quint16 port = start(limits);
    auto socket = connectTo(port);
    socket->write(kGet);
    QVERIFY(readAnswer(*socket).startsWith("HTTP/1.1 200 "));
    // Kept alive for a while, then closed: a second request in time is answered on the same connection.
    socket->write(kGet);
    QVERIFY(readAnswer(*socket).startsWith("HTTP/1.1 200 "));
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(*socket), 3000);
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServer::silentConnectionIsClosed()
{
    ConnectionLimits limits;
    limits.requestTimeoutMs = 300;
    const quint16 port = start(limits);
    auto socket = connectTo(port); // and never says anything
    QTRY_COMPARE(m_server->openConnections(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(*socket), 3000);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServer::trickledRequestGets408()
{
    ConnectionLimits limits;
    limits.requestTimeoutMs = 400;
    limits.idleTimeoutMs = 60'000;
    const quint16 port = start(limits);
    auto socket = connectTo(port);
    // A slowloris: the headers come a line at a time and never end.
    socket->write("GET /hello HTTP/1.1\r\n");
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(100);
        socket->write(QByteArrayLiteral("X-Slow-") + QByteArray::number(i) + QByteArrayLiteral(": 1\r\n"));
        socket->flush();
    }
    const QByteArray answer = readAll(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    QVERIFY(answer.contains("request_timeout"));
    QVERIFY(isClosed(*socket));
}

void TestHttpServer::pendingAnswerKeepsConnection()
{
    ConnectionLimits limits;
    limits.idleTimeoutMs = 200;
    const quint16 port = start(limits);
    auto socket = connectTo(port);
    socket->write("GET /later HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_COMPARE(m_pending.size(), size_t(1));
    // Longer than the idle timeout: the client is waiting for us, not idle.
    QTest::qWait(600);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    m_pending.front()->addResult(HttpResponse::json(QJsonObject{{QStringLiteral("late"), true}}));
    m_pending.front()->finish();
    const QByteArray answer = readAnswer(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    QVERIFY(answer.contains("\"late\":true"));
}

void TestHttpServer::pipelinedFloodIsCutOff()
{
    ConnectionLimits limits;
    limits.maxPipelined = 4;
    const quint16 port = start(limits);

    // Within the limit, pipelined answers come back in order.
    auto polite = connectTo(port);
    polite->write(kGet + kGet + kGet);
    QByteArray three;
    QElapsedTimer timer;
    timer.start();
    while (three.count("HTTP/1.1 200 ") < 3 && timer.elapsed() < 5000) {
        QTest::qWait(20);
        three += polite->readAll();
    }
    QCOMPARE(three.count("HTTP/1.1 200 "), 3);

    // Requests whose answers are still being computed pile up; past the limit the connection goes.
    auto flood = connectTo(port);
    QByteArray many;
    for (int i = 0; i < 10; ++i)
        many += "GET /later HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    flood->write(many);
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(*flood), 3000);
    QCOMPARE(m_pending.size(), size_t(4));
    QTRY_COMPARE(m_server->openConnections(), 1); // the polite one
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
