// `mcp-auth serve` as a user runs it: the real binary in a child process, on a store of its own. It
// prints its base URL, logs one line per request, refuses to listen beyond loopback without TLS,
// serves HTTPS with --tls-cert/--tls-key, honours --issuer, says where the signing keys' encryption
// key lives (a 0600 key file when there is no keychain), signs with a key `mcp-auth key rotate` made
// while it runs, and stops cleanly on SIGTERM.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kStartTimeoutMs = 60000;
constexpr int kStopTimeoutMs = 15000;
constexpr int kRequestTimeoutMs = 15000;

// One running (or finished) `mcp-auth serve`, its output gathered as it comes.
class ServeProcess : public QObject
{
public:
    ServeProcess(const QProcessEnvironment& env, const QStringList& args)
    {
        m_process.setProcessEnvironment(env);
        connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_out += m_process.readAllStandardOutput(); });
        connect(
            &m_process, &QProcess::readyReadStandardError, this, [this] { m_err += m_process.readAllStandardError(); });
        m_process.start(QStringLiteral(MCPAUTH_CLI_PATH), args);
    }
    ~ServeProcess() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The base URL from the first line naming one; empty when the process ended first.
    QString waitForUrl()
    {
        static const QRegularExpression url(u"(https?://[^\\s]+) \\(MCP endpoint"_s);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < kStartTimeoutMs) {
            const QRegularExpressionMatch m = url.match(QString::fromUtf8(m_out));
            if (m.hasMatch())
                return m.captured(1);
            if (m_process.state() == QProcess::NotRunning)
                return {};
            QTest::qWait(20);
        }
        return {};
    }
    // Waits for the process to end by itself (a refused start).
    bool waitForExit()
    {
        return waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, kStartTimeoutMs);
    }
    bool terminate()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        return waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, kStopTimeoutMs);
    }
    bool waitForOutput(const QByteArray& text)
    {
        waitUntil([&] { return m_out.contains(text) || m_process.state() == QProcess::NotRunning; }, kRequestTimeoutMs);
        return m_out.contains(text);
    }

    [[nodiscard]] int exitCode() const { return m_process.exitCode(); }
    [[nodiscard]] QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    [[nodiscard]] QByteArray out() const { return m_out; }
    [[nodiscard]] QByteArray err() const { return m_err; }
    [[nodiscard]] QByteArray describe() const { return "--- stdout:\n" + m_out + "\n--- stderr:\n" + m_err; }

private:
    template <typename Predicate>
    bool waitUntil(Predicate done, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done()) {
            if (clock.elapsed() > timeoutMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

struct Fetched
{
    int status = 0;
    QByteArray body;
    QString error;
};

// GET, or POST of a form when `form` is given (with HTTP Basic client authentication when `basic` is).
Fetched fetch(const QUrl& url, const QList<QSslCertificate>& trusted = {}, const QByteArray& form = {},
    const QByteArray& basic = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!trusted.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(trusted);
        request.setSslConfiguration(tls);
    }
    if (!basic.isEmpty())
        request.setRawHeader("Authorization", "Basic " + basic.toBase64());
    QNetworkReply* reply = nullptr;
    if (form.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = nam.post(request, form);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kRequestTimeoutMs);
    Fetched f;
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        f.error = reply->errorString();
    reply->deleteLater();
    return f;
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refusesPublicAddressWithoutTls();
    void refusesMalformedListen();
    void refusesPlainHttpIssuerForRemoteHost();
    void servesLoopbackAndLogsRequests();
    void reportsPortInUse();
    void servesHttpsWithCertificate();
    void issuerOverride();
    void keyRotationReachesRunningServer();

private:
    [[nodiscard]] QStringList serveArgs(const QStringList& extra) const
    {
        return QStringList{u"--db"_s, m_db, u"serve"_s} + extra;
    }
    bool runCli(const QStringList& args, QByteArray* out = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_env;
};

void TestServe::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(MCPAUTH_CLI_PATH)));
}

void TestServe::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"store.sqlite"_s);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"MCPAUTH_DATA_DIR"_s, m_dir->path());
    m_env.remove(u"MCPAUTH_DB"_s);
    // Headless server mode: no session bus, so no keychain; a developer's keychain is never touched.
    m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/mcpauth-test-bus"_s);
    QVERIFY(runCli({u"--db"_s, m_db, u"demo-data"_s}));
}

bool TestServe::runCli(const QStringList& args, QByteArray* out)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral(MCPAUTH_CLI_PATH), args);
    if (!p.waitForFinished(kStartTimeoutMs))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void TestServe::refusesPublicAddressWithoutTls()
{
    ServeProcess serve(m_env, serveArgs({u"--listen"_s, u"0.0.0.0:0"_s}));
    QVERIFY(serve.waitForExit());
    QCOMPARE(serve.exitCode(), 2);
    QVERIFY2(serve.err().contains("--tls-cert") && serve.err().contains("0.0.0.0"), serve.describe().constData());
    QVERIFY2(!serve.out().contains("http"), serve.describe().constData());
}

void TestServe::refusesMalformedListen()
{
    for (const QString& bad : {u"127.0.0.1"_s, u"127.0.0.1:99999"_s, u"::1:80"_s, u"example.com:80"_s}) {
        ServeProcess serve(m_env, serveArgs({u"--listen"_s, bad}));
        QVERIFY(serve.waitForExit());
        QVERIFY2(serve.exitCode() == 2, qPrintable(bad + u"\n"_s + QString::fromUtf8(serve.describe())));
        QVERIFY2(serve.err().contains("--listen"), serve.describe().constData());
    }
}

void TestServe::refusesPlainHttpIssuerForRemoteHost()
{
    ServeProcess serve(
        m_env, serveArgs({u"--listen"_s, u"127.0.0.1:0"_s, u"--issuer"_s, u"http://auth.example.com"_s}));
    QVERIFY(serve.waitForExit());
    QVERIFY(serve.exitCode() != 0);
    QVERIFY2(serve.err().contains("https"), serve.describe().constData());
}

void TestServe::servesLoopbackAndLogsRequests()
{
    ServeProcess serve(m_env, serveArgs({u"--listen"_s, u"127.0.0.1:0"_s}));
    const QString url = serve.waitForUrl();
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), serve.describe().constData());

    // Where the signing keys' encryption key lives is said, and the key file is the owner's alone.
    const QString keyFile = m_db + u".kek"_s;
    QVERIFY2(serve.err().contains("key file") && serve.err().contains(keyFile.toUtf8()), serve.describe().constData());
    QVERIFY(QFileInfo::exists(keyFile));
    QCOMPARE(QFile::permissions(keyFile) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
        QFile::Permissions());

    const Fetched metadata = fetch(QUrl(url + u"/.well-known/oauth-authorization-server"_s));
    QCOMPARE(metadata.status, 200);
    const QJsonObject doc = QJsonDocument::fromJson(metadata.body).object();
    QCOMPARE(doc.value(u"issuer"_s).toString(), url);
    QCOMPARE(doc.value(u"token_endpoint"_s).toString(), url + u"/token"_s);

    const Fetched missing = fetch(QUrl(url + u"/no-such-page"_s));
    QCOMPARE(missing.status, 404);

    // One line per request: peer, method, path, status, time; never a header or body.
    QVERIFY2(serve.waitForOutput("GET /.well-known/oauth-authorization-server 200"), serve.describe().constData());
    QVERIFY2(serve.waitForOutput("GET /no-such-page 404"), serve.describe().constData());
    static const QRegularExpression line(
        u"^127\\.0\\.0\\.1 GET /\\.well-known/oauth-authorization-server 200 [0-9.]+ ms$"_s,
        QRegularExpression::MultilineOption);
    QVERIFY2(line.match(QString::fromUtf8(serve.out())).hasMatch(), serve.describe().constData());

    QVERIFY(serve.terminate());
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);

    // A second start reuses the key file and the keys: the same JWKS key ids.
    ServeProcess again(m_env, serveArgs({u"--listen"_s, u"127.0.0.1:0"_s}));
    const QString url2 = again.waitForUrl();
    QVERIFY2(!url2.isEmpty(), again.describe().constData());
    QVERIFY(again.terminate());
}

void TestServe::reportsPortInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    ServeProcess serve(m_env, serveArgs({u"--listen"_s, u"127.0.0.1:%1"_s.arg(taken.serverPort())}));
    QVERIFY(serve.waitForExit());
    QVERIFY(serve.exitCode() != 0);
    QVERIFY2(serve.err().contains(QByteArray::number(taken.serverPort())), serve.describe().constData());
    QVERIFY2(serve.err().contains("in use"), serve.describe().constData());
}

void TestServe::servesHttpsWithCertificate()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!openssl.isEmpty(), "the openssl command is needed to make a test certificate");
    const QString cert = m_dir->filePath(u"cert.pem"_s);
    const QString key = m_dir->filePath(u"key.pem"_s);
    QProcess gen;
    gen.start(openssl,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
            u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(gen.waitForFinished(30000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());

    ServeProcess serve(m_env, serveArgs({u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key}));
    const QString url = serve.waitForUrl();
    QVERIFY2(url.startsWith(u"https://127.0.0.1:"_s), serve.describe().constData());

    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> trusted = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const Fetched metadata = fetch(QUrl(url + u"/.well-known/oauth-authorization-server"_s), trusted);
    QVERIFY2(metadata.status == 200, qPrintable(metadata.error));
    QCOMPARE(QJsonDocument::fromJson(metadata.body).object().value(u"issuer"_s).toString(), url);

    // Plain http on the TLS port gets no answer.
    QString plain = url;
    plain.replace(u"https://"_s, u"http://"_s);
    const Fetched refused = fetch(QUrl(plain + u"/.well-known/oauth-authorization-server"_s));
    QVERIFY(refused.status != 200);
    QVERIFY(serve.terminate());
}

void TestServe::issuerOverride()
{
    // Behind a TLS-terminating proxy: the issuer clients see differs from the listening address.
    ServeProcess serve(
        m_env, serveArgs({u"--listen"_s, u"127.0.0.1:0"_s, u"--issuer"_s, u"https://auth.example.com/"_s}));
    QVERIFY2(!serve.waitForUrl().isEmpty(), serve.describe().constData());
    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:[0-9]+)"_s);
    QString local;
    // The base URL printed is the issuer; the log also names the address it listens on.
    const QRegularExpressionMatch m = listening.match(QString::fromUtf8(serve.out() + serve.err()));
    if (m.hasMatch())
        local = m.captured(1);
    QVERIFY2(serve.out().contains("https://auth.example.com (MCP endpoint https://auth.example.com/mcp)"),
        serve.describe().constData());
    QVERIFY2(!local.isEmpty(), serve.describe().constData());
    const Fetched metadata = fetch(QUrl(local + u"/.well-known/oauth-authorization-server"_s));
    QCOMPARE(metadata.status, 200);
    const QJsonObject doc = QJsonDocument::fromJson(metadata.body).object();
    QCOMPARE(doc.value(u"issuer"_s).toString(), u"https://auth.example.com"_s);
    QCOMPARE(doc.value(u"authorization_endpoint"_s).toString(), u"https://auth.example.com/authorize"_s);
    QVERIFY(serve.terminate());
}

void TestServe::keyRotationReachesRunningServer()
{
    QByteArray out;
    QVERIFY(runCli({u"--db"_s, m_db, u"--json"_s, u"app"_s, u"add"_s, u"service"_s, u"--client-type"_s,
                       u"confidential"_s, u"--auth-method"_s, u"client_secret_basic"_s, u"--grant"_s,
                       u"client_credentials"_s, u"--scope"_s, u"application:read"_s},
        &out));
    const QJsonObject app = QJsonDocument::fromJson(out).object();
    const QByteArray credentials
        = app.value(u"clientId"_s).toString().toUtf8() + ':' + app.value(u"clientSecret"_s).toString().toUtf8();
    QVERIFY2(credentials.size() > 40, out.constData());

    ServeProcess serve(m_env, serveArgs({u"--listen"_s, u"127.0.0.1:0"_s}));
    const QString url = serve.waitForUrl();
    QVERIFY2(!url.isEmpty(), serve.describe().constData());
    const QByteArray form = "grant_type=client_credentials&resource=" + QUrl::toPercentEncoding(url + u"/mcp"_s);
    // The kid in the header of a fresh access token.
    const auto signingKid = [&]() -> QString {
        const Fetched token = fetch(QUrl(url + u"/token"_s), {}, form, credentials);
        const QByteArray jwt
            = QJsonDocument::fromJson(token.body).object().value(u"access_token"_s).toString().toLatin1();
        const QByteArray header = QByteArray::fromBase64(jwt.split('.').value(0), QByteArray::Base64UrlEncoding);
        return QJsonDocument::fromJson(header).object().value(u"kid"_s).toString();
    };
    const auto publishedKids = [&] {
        QStringList kids;
        const Fetched jwks = fetch(QUrl(url + u"/jwks.json"_s));
        for (const QJsonValue& key : QJsonDocument::fromJson(jwks.body).object().value(u"keys"_s).toArray())
            kids << key.toObject().value(u"kid"_s).toString();
        return kids;
    };
    const QString oldKid = signingKid();
    QVERIFY2(!oldKid.isEmpty(), serve.describe().constData());

    // `mcp-auth key rotate` in another process, while the server runs.
    QVERIFY(runCli({u"--db"_s, m_db, u"--json"_s, u"key"_s, u"rotate"_s, u"--alg"_s, u"RS256"_s}, &out));
    const QJsonObject rotated = QJsonDocument::fromJson(out).object();
    QCOMPARE(rotated.value(u"previousKid"_s).toString(), oldKid);
    const QString newKid = rotated.value(u"kid"_s).toString();
    QVERIFY(!newKid.isEmpty() && newKid != oldKid);

    // Within seconds, without a restart: new tokens carry the new key, and both keys are published.
    QString kid;
    QElapsedTimer clock;
    clock.start();
    while ((kid = signingKid()) != newKid && clock.elapsed() < 20000)
        QTest::qWait(250);
    QCOMPARE(kid, newKid);
    const QStringList kids = publishedKids();
    QVERIFY2(kids.contains(newKid) && kids.contains(oldKid), qPrintable(kids.join(u", "_s)));
    QVERIFY(serve.terminate());
    QCOMPARE(serve.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
