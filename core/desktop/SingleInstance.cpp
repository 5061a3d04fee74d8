#include "SingleInstance.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

namespace mcpauth {

namespace {
constexpr int kConnectTimeoutMs = 500;
constexpr int kHandOverTimeoutMs = 2000;
constexpr qint64 kMaxMessageBytes = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
{
    // The user is part of the name so two users on one machine never meet; hashed to keep it short.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray digest
        = QCryptographicHash::hash((user + QLatin1Char('\n') + key).toUtf8(), QCryptographicHash::Sha256);
    m_name = QStringLiteral("mcp-auth-console-") + QString::fromLatin1(digest.toHex().left(24));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(const QStringList& arguments)
{
    // Blocking waits are bounded and happen once, before the event loop starts.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(kConnectTimeoutMs)) {
        QByteArray message;
        QDataStream out(&message, QIODevice::WriteOnly);
        out << arguments;
        QDataStream framed(&socket);
        framed << message;
        socket.flush();
        // Wait for the first instance's one-byte answer, so nothing is lost when this process exits.
        if (socket.waitForReadyRead(kHandOverTimeoutMs) && socket.read(1) == "1")
            return false;
        qCWarning(lcBackend) << "Another console is running but did not take the arguments; starting anyway.";
    }
    QLocalServer::removeServer(m_name); // a socket file left behind by a crashed console
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcBackend) << "Could not listen for other launches:" << m_server->errorString();
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessageBytes) {
                socket->abort();
                return;
            }
            QDataStream in(socket);
            in.startTransaction();
            QByteArray message;
            in >> message;
            if (!in.commitTransaction())
                return; // not all there yet
            QStringList arguments;
            QDataStream body(message);
            body >> arguments;
            if (body.status() != QDataStream::Ok) {
                socket->abort();
                return;
            }
            socket->write("1");
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace mcpauth
