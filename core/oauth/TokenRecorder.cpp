#include "TokenRecorder.h"

#include "common/Logging.h"
#include "store/SqlValues.h"
#include "store/Store.h"

#include <QMap>
#include <QTimer>

namespace mcpauth {

namespace {

bool isGone(const Error& error)
{
    return error.code == ErrorCode::NotFound;
}

} // namespace

TokenRecorder::TokenRecorder(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

TokenRecorder::~TokenRecorder()
{
    flush();
    if (!m_queue.isEmpty())
        qCWarning(lcOAuth).noquote() << "Stopping without the rows of" << m_queue.size()
                                     << "issued access tokens: the store did not take them; those tokens cannot be "
                                        "revoked by id and are not listed.";
}

void TokenRecorder::enqueue(const Token& token)
{
    m_queue.append(token);
    m_ids.insert(token.id);
    schedule(kFlushDelayMs);
}

void TokenRecorder::schedule(int delayMs)
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(delayMs, this, &TokenRecorder::flush);
}

void TokenRecorder::flush()
{
    m_scheduled = false;
    if (m_queue.isEmpty())
        return;
    QList<Token> batch;
    batch.swap(m_queue);
    if (const Status written = m_store.tokens().insertIssued(batch); !written) {
        writeOneByOne(batch, written.error().message);
        return;
    }
    // Cleared only now: a token stays known while its row is being written.
    m_ids.clear();
}

void TokenRecorder::writeOneByOne(const QList<Token>& batch, const QString& batchError)
{
    // One bad row (its application deleted meanwhile) must not lose the others.
    const qint64 now = SqlValues::nowMs();
    struct Dropped
    {
        qsizetype count = 0;
        QSet<QString> applications;
    };
    QMap<QString, Dropped> dropped; // by reason
    QString retryError;
    for (const Token& token : batch) {
        const Status written = m_store.tokens().insertIssued({token});
        if (written) {
            m_ids.remove(token.id);
            continue;
        }
        if (const QString reason = whyUnwritable(token, now); !reason.isEmpty()) {
            Dropped& d = dropped[reason];
            ++d.count;
            d.applications.insert(token.applicationId);
            m_ids.remove(token.id);
            continue;
        }
        retryError = written.error().message;
        m_queue.append(token); // stays pending: valid, and revocable once written
    }
    // Ids and counts only: the log never holds a token.
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it) {
        QStringList applications = it->applications.values();
        applications.sort();
        qCWarning(lcOAuth).noquote() << "Dropped the rows of" << it->count << "issued access tokens because" << it.key()
                                     << "(application" << applications.join(QStringLiteral(", "))
                                     << "). The batch failed with:" << batchError;
    }
    if (!m_queue.isEmpty()) {
        qCWarning(lcOAuth).noquote() << "Could not record" << m_queue.size() << "issued access tokens; trying again in"
                                     << kRetryDelayMs << "ms:" << retryError;
        schedule(kRetryDelayMs);
    }
}

QString TokenRecorder::whyUnwritable(const Token& token, qint64 nowMs) const
{
    if (token.expiresAt <= nowMs)
        return QStringLiteral("they expired before the store took them");
    if (auto app = m_store.applications().find(token.applicationId); !app && isGone(app.error()))
        return QStringLiteral("their application was deleted");
    if (!token.userId.isEmpty()) {
        if (auto user = m_store.users().find(token.userId); !user && isGone(user.error()))
            return QStringLiteral("their user was deleted");
    }
    return {};
}

void TokenRecorder::discard(const QStringList& ids, const QString& familyId)
{
    if (m_queue.isEmpty())
        return;
    m_queue.removeIf([&](const Token& token) {
        const bool gone = ids.contains(token.id) || (!familyId.isEmpty() && token.familyId == familyId);
        if (gone)
            m_ids.remove(token.id);
        return gone;
    });
}

} // namespace mcpauth
