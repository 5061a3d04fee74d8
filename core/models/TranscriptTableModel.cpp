#include "TranscriptTableModel.h"

#include "flow/FlowStep.h"
#include "flow/Transcript.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mcpauth {

TranscriptTableModel::TranscriptTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TranscriptTableModel::setTranscript(Transcript* transcript)
{
    beginResetModel();
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    m_rows = transcript ? int(transcript->events().size()) : 0;
    m_statusClasses.clear();
    m_searchHeads.clear();
    classify(0, m_rows);
    if (transcript) {
        connect(transcript, &Transcript::eventAdded, this, &TranscriptTableModel::onEventAdded);
        connect(transcript, &Transcript::cleared, this, &TranscriptTableModel::onCleared);
        connect(transcript, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows = 0;
            m_statusClasses.clear();
            m_searchHeads.clear();
            m_searchHeads.clear();
            endResetModel();
        });
    }
    endResetModel();
}

const TranscriptEvent& TranscriptTableModel::event(int row) const
{
    return m_transcript->events().at(row);
}

int TranscriptTableModel::rowOfSequence(qint64 sequence) const
{
    if (!m_transcript)
        return -1;
    // Sequences are 1, 2, … in order, so the row is usually sequence - 1; a loaded file may differ.
    const QList<TranscriptEvent>& events = m_transcript->events();
    const qint64 guess = sequence - 1;
    if (guess >= 0 && guess < m_rows && events.at(guess).sequence == sequence)
        return int(guess);
    for (int row = 0; row < m_rows; ++row) {
        if (events.at(row).sequence == sequence)
            return row;
    }
    return -1;
}

void TranscriptTableModel::onEventAdded()
{
    const int total = int(m_transcript->events().size());
    if (total <= m_rows)
        return;
    classify(m_rows, total);
    beginInsertRows({}, m_rows, total - 1);
    m_rows = total;
    endInsertRows();
}

QByteArray TranscriptTableModel::searchHead(const TranscriptEvent& e)
{
    // A JSON-RPC response's status words ("result", "error -32602") are in its body, which the filter
    // searches too.
    const QString status = e.kind == TranscriptEvent::Kind::JsonRpcResponse ? QString() : statusText(e);
    return QStringList{e.step, e.request.method, status, e.note, e.error, e.request.url.toString()}
        .join(QLatin1Char('\n'))
        .toLower()
        .toUtf8();
}

void TranscriptTableModel::classify(int from, int to)
{
    for (int row = from; row < to; ++row) {
        const TranscriptEvent& event = m_transcript->events().at(row);
        m_statusClasses.append(quint8(statusClass(event)));
        m_searchHeads.append(searchHead(event));
    }
}

void TranscriptTableModel::onCleared()
{
    beginResetModel();
    m_rows = int(m_transcript->events().size());
    m_statusClasses.clear();
    m_searchHeads.clear();
    classify(0, m_rows);
    endResetModel();
}

TranscriptTableModel::StatusClass TranscriptTableModel::statusClass(const TranscriptEvent& event)
{
    if (!event.error.isEmpty())
        return StatusClass::Failure;
    switch (event.kind) {
    case TranscriptEvent::Kind::Http: {
        if (!event.response)
            return StatusClass::Neutral;
        const int status = event.response->status;
        if (status >= 500)
            return StatusClass::ServerError;
        if (status >= 400)
            return StatusClass::ClientError;
        if (status >= 300)
            return StatusClass::Redirect;
        return status >= 200 ? StatusClass::Success : StatusClass::Neutral;
    }
    case TranscriptEvent::Kind::JsonRpcResponse: {
        if (!event.response)
            return StatusClass::Neutral;
        const QJsonObject message = QJsonDocument::fromJson(event.response->body).object();
        return message.contains(QLatin1String("error")) ? StatusClass::ClientError : StatusClass::Success;
    }
    case TranscriptEvent::Kind::JsonRpcRequest:
    case TranscriptEvent::Kind::JsonRpcNotification:
    case TranscriptEvent::Kind::Browser:
    case TranscriptEvent::Kind::Note:
        break;
    }
    return StatusClass::Neutral;
}

QString TranscriptTableModel::kindTitle(TranscriptEvent::Kind kind)
{
    switch (kind) {
    case TranscriptEvent::Kind::Http:
        return tr("HTTP");
    case TranscriptEvent::Kind::JsonRpcRequest:
        return tr("JSON-RPC request");
    case TranscriptEvent::Kind::JsonRpcResponse:
        return tr("JSON-RPC response");
    case TranscriptEvent::Kind::JsonRpcNotification:
        return tr("JSON-RPC notification");
    case TranscriptEvent::Kind::Browser:
        return tr("Browser");
    case TranscriptEvent::Kind::Note:
        return tr("Note");
    }
    return QString();
}

QString TranscriptTableModel::statusText(const TranscriptEvent& event)
{
    if (!event.error.isEmpty())
        return tr("failed");
    if (event.kind == TranscriptEvent::Kind::JsonRpcResponse && event.response) {
        const QJsonObject error
            = QJsonDocument::fromJson(event.response->body).object().value(QLatin1String("error")).toObject();
        if (!error.isEmpty())
            return tr("error %1").arg(error.value(QLatin1String("code")).toInteger());
        return tr("result");
    }
    if (event.kind == TranscriptEvent::Kind::Http && event.response) {
        if (event.response->reason.isEmpty())
            return QString::number(event.response->status);
        return tr("%1 %2").arg(event.response->status).arg(event.response->reason);
    }
    return QString();
}

QString TranscriptTableModel::summary(const TranscriptEvent& event)
{
    switch (event.kind) {
    case TranscriptEvent::Kind::Http:
    case TranscriptEvent::Kind::Browser:
        return tr("%1 %2").arg(event.request.method, event.request.url.toDisplayString());
    case TranscriptEvent::Kind::JsonRpcRequest:
    case TranscriptEvent::Kind::JsonRpcResponse:
    case TranscriptEvent::Kind::JsonRpcNotification:
        return event.request.method;
    case TranscriptEvent::Kind::Note:
        return event.note;
    }
    return QString();
}

int TranscriptTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TranscriptTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_transcript)
        return {};
    const TranscriptEvent& e = event(index.row());
    switch (role) {
    case SequenceRole:
        return e.sequence;
    case KindRole:
        return int(e.kind);
    case StatusClassRole:
        return int(statusClassOf(index.row()));
    case SearchTextRole:
        return QStringList{e.step, e.request.method, e.request.url.toString(), statusText(e), e.note, e.error,
            QString::fromUtf8(e.request.body), e.response ? QString::fromUtf8(e.response->body) : QString()}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (!e.error.isEmpty())
            return e.error;
        return summary(e);
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn || index.column() == TimeColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SequenceColumn:
        return e.sequence;
    case TimeColumn: {
        const QDateTime first = m_transcript->events().constFirst().startedAt;
        if (!first.isValid() || !e.startedAt.isValid())
            return QString();
        return tr("+%1 ms").arg(first.msecsTo(e.startedAt));
    }
    case StepColumn:
        if (const auto step = flowStepFromName(e.step))
            return flowStepTitle(*step);
        return e.step;
    case KindColumn:
        return kindTitle(e.kind);
    case SummaryColumn:
        return summary(e);
    case StatusColumn:
        return statusText(e);
    case DurationColumn:
        // JSON-RPC messages travel inside the HTTP exchanges, which carry the time.
        if (e.kind == TranscriptEvent::Kind::Http)
            return tr("%1 ms").arg(e.durationMs);
        return QString();
    default:
        return {};
    }
}

QVariant TranscriptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case StepColumn:
        return tr("Step");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace mcpauth
