#pragma once

// node-oidc-provider (tests/interop/oidc_provider_admin.mjs) as a live standards-based server for
// tests: started on a free loopback port, stopped by its PID. Needs node and tests/npm/node_modules;
// reason() says what is missing (MCPAUTH_REQUIRE_PEERS=1 turns that into a failure).

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace mcpauth::test {

class OidcProviderPeer
{
public:
    static constexpr const char* kAdminClientId = "console-admin";

    OidcProviderPeer() = default;
    ~OidcProviderPeer() { stop(); }
    Q_DISABLE_COPY_MOVE(OidcProviderPeer)

    // Empty when it is running; otherwise why not.
    QString start(const QString& sourceDir)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return QStringLiteral("node is not on PATH");
        if (!QFileInfo::exists(sourceDir + QStringLiteral("/tests/npm/node_modules/oidc-provider/package.json")))
            return QStringLiteral("oidc-provider is not installed (run npm ci in tests/npm)");
        m_secret = QStringLiteral("admin-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ADMIN_SECRET"), m_secret);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(node, {sourceDir + QStringLiteral("/tests/interop/oidc_provider_admin.mjs")});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("node did not start: ") + m_process.errorString();
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < 20000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            const qsizetype at = out.indexOf("listening ");
            if (at >= 0 && out.indexOf('\n', at) > at) {
                m_issuer = QString::fromUtf8(out.mid(at + 10, out.indexOf('\n', at) - at - 10)).trimmed();
                return {};
            }
        }
        return QStringLiteral("the provider did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM to this PID only
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    [[nodiscard]] QString issuer() const { return m_issuer; }
    [[nodiscard]] QString adminSecret() const { return m_secret; }

private:
    QProcess m_process;
    QString m_issuer;
    QString m_secret;
};

} // namespace mcpauth::test
