#include "EventDetailsWidget.h"

#include "flow/FlowStep.h"
#include "jose/JwtDecoder.h"
#include "models/JsonTreeModel.h"
#include "models/TranscriptTableModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

// A body as JSON when it is JSON, else as text (empty: undefined, shown as nothing).
QJsonValue bodyValue(const QByteArray& body)
{
    if (body.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return doc.object();
        return doc.array();
    }
    return QString::fromUtf8(body);
}

QString prettyBody(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString headerLines(const HttpHeaders& headers)
{
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines << QStringLiteral("%1: %2").arg(QString::fromUtf8(name), QString::fromUtf8(value));
    return lines.join(QLatin1Char('\n'));
}

// exp, iat, nbf and auth_time are seconds since 1970: shown with their date beside them.
QJsonObject withDates(QJsonObject claims)
{
    for (const QLatin1String key :
        {QLatin1String("exp"), QLatin1String("iat"), QLatin1String("nbf"), QLatin1String("auth_time")}) {
        if (claims.value(key).isDouble()) {
            const auto seconds = qint64(claims.value(key).toDouble());
            claims.insert(key,
                QStringLiteral("%1 (%2)").arg(seconds).arg(
                    QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate)));
        }
    }
    return claims;
}

} // namespace

EventDetailsWidget::EventDetailsWidget(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_jsonModel(new JsonTreeModel(this))
    , m_jsonTree(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_headers(new QTableWidget(0, 3, this))
    , m_timing(new QLabel(this))
    , m_tokens(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("eventDetails"));
    m_heading->setObjectName(QStringLiteral("eventHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_jsonTree->setObjectName(QStringLiteral("eventJsonTree"));
    m_jsonTree->setAccessibleName(tr("Message bodies as a JSON tree"));
    m_jsonTree->setModel(m_jsonModel);
    m_jsonTree->setUniformRowHeights(true);
    m_jsonTree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::ResizeToContents);
    m_jsonTree->header()->setStretchLastSection(false);
    m_jsonTree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_jsonTree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    for (QPlainTextEdit* text : {m_raw, m_tokens}) {
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_raw->setObjectName(QStringLiteral("eventRaw"));
    m_raw->setAccessibleName(tr("Raw exchange"));
    m_tokens->setObjectName(QStringLiteral("eventTokens"));
    m_tokens->setAccessibleName(tr("Decoded tokens"));
    m_headers->setObjectName(QStringLiteral("eventHeaders"));
    m_headers->setAccessibleName(tr("Headers"));
    m_headers->setHorizontalHeaderLabels({tr("Direction"), tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timing->setObjectName(QStringLiteral("eventTiming"));
    m_timing->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timing->setWordWrap(true);

    m_tabs->setObjectName(QStringLiteral("eventTabs"));
    m_tabs->addTab(m_jsonTree, tr("JSON"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_timing, tr("Timing"));
    m_tabs->addTab(m_tokens, tr("Tokens"));

    auto* masked = new QLabel(tr("Tokens, codes and secrets were masked when they were recorded and cannot be "
                                 "shown; a token's decoded claims are under Tokens."),
        this);
    masked->setObjectName(QStringLiteral("maskedNote"));
    masked->setWordWrap(true);
    masked->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(masked);
    clear();
}

void EventDetailsWidget::clear()
{
    m_heading->setText(tr("Select a message to see it in full."));
    m_jsonModel->clear();
    m_raw->clear();
    m_headers->setRowCount(0);
    m_timing->clear();
    m_tokens->clear();
}

void EventDetailsWidget::setEvent(const TranscriptEvent& event)
{
    // The URL can be long; it is in the Raw tab. The heading says what the message is.
    const QString status = TranscriptTableModel::statusText(event);
    const QString step = flowStepFromName(event.step) ? flowStepTitle(*flowStepFromName(event.step)) : event.step;
    QString what = TranscriptTableModel::kindTitle(event.kind);
    if (event.kind != TranscriptEvent::Kind::Note)
        what = tr("%1 %2").arg(what,
            event.kind == TranscriptEvent::Kind::Http
                ? event.request.method + QLatin1Char(' ') + event.request.url.path()
                : event.request.method);
    m_heading->setText(status.isEmpty() ? tr("#%1 · %2 · %3").arg(event.sequence).arg(what, step)
                                        : tr("#%1 · %2 → %3 · %4").arg(event.sequence).arg(what, status, step));

    QJsonObject tree;
    if (const QJsonValue request = bodyValue(event.request.body); !request.isUndefined())
        tree.insert(tr("request body"), request);
    if (event.response) {
        if (const QJsonValue response = bodyValue(event.response->body); !response.isUndefined())
            tree.insert(tr("response body"), response);
    }
    if (!event.tokenClaims.isEmpty())
        tree.insert(tr("access token claims"), withDates(event.tokenClaims));
    m_jsonModel->setJson(tree);
    m_jsonTree->expandToDepth(1);
    // An HTML page or a form is better read raw than as one long string in the tree.
    bool anyJson = !event.tokenClaims.isEmpty();
    for (const QJsonValue& v : std::as_const(tree))
        anyJson = anyJson || v.isObject() || v.isArray();
    if (!anyJson && m_tabs->currentWidget() == m_jsonTree)
        m_tabs->setCurrentWidget(m_raw);
    else if (anyJson && m_tabs->currentWidget() == m_raw)
        m_tabs->setCurrentWidget(m_jsonTree);

    m_raw->setPlainText(rawText(event));

    m_headers->setRowCount(0);
    auto addHeaders = [this](const QString& direction, const HttpHeaders& headers) {
        for (const auto& [name, value] : headers) {
            const int row = m_headers->rowCount();
            m_headers->insertRow(row);
            m_headers->setItem(row, 0, new QTableWidgetItem(direction));
            m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(name)));
            m_headers->setItem(row, 2, new QTableWidgetItem(QString::fromUtf8(value)));
        }
    };
    addHeaders(tr("sent"), event.request.headers);
    if (event.response)
        addHeaders(tr("received"), event.response->headers);
    m_headers->resizeColumnToContents(0);
    m_headers->resizeColumnToContents(1);

    QStringList timing{tr("Step: %1").arg(step), tr("Started: %1").arg(event.startedAt.toString(Qt::ISODateWithMs)),
        tr("Duration: %1 ms").arg(event.durationMs)};
    if (event.waitMs >= 0)
        timing << tr("Waiting for the first byte: %1 ms").arg(event.waitMs);
    if (event.response && !event.response->httpVersion.isEmpty())
        timing << tr("Protocol: %1").arg(event.response->httpVersion);
    if (!event.error.isEmpty())
        timing << tr("Failed: %1").arg(event.error);
    if (!event.note.isEmpty())
        timing << tr("Note: %1").arg(event.note);
    m_timing->setText(timing.join(QLatin1Char('\n')));

    const QString tokens = tokensText(event);
    m_tokens->setPlainText(tokens.isEmpty() ? tr("No JWT in this message.") : tokens);
}

QString EventDetailsWidget::rawText(const TranscriptEvent& event)
{
    QStringList parts;
    if (event.kind == TranscriptEvent::Kind::Note)
        return event.note;
    if (event.kind == TranscriptEvent::Kind::Http || event.kind == TranscriptEvent::Kind::Browser)
        parts << QStringLiteral("%1 %2").arg(event.request.method, event.request.url.toString());
    if (!event.request.headers.isEmpty())
        parts << headerLines(event.request.headers);
    if (!event.request.body.isEmpty())
        parts << QString() << prettyBody(event.request.body);
    if (event.response) {
        if (event.kind == TranscriptEvent::Kind::Http) {
            parts << QString()
                  << QStringLiteral("%1 %2 %3")
                         .arg(event.response->httpVersion.isEmpty() ? QStringLiteral("HTTP")
                                                                    : event.response->httpVersion)
                         .arg(event.response->status)
                         .arg(event.response->reason);
        }
        if (!event.response->headers.isEmpty())
            parts << headerLines(event.response->headers);
        if (!event.response->body.isEmpty())
            parts << QString() << prettyBody(event.response->body);
    }
    if (!event.error.isEmpty())
        parts << QString() << event.error;
    return parts.join(QLatin1Char('\n'));
}

QString EventDetailsWidget::tokensText(const TranscriptEvent& event)
{
    QStringList parts;
    if (!event.tokenHeader.isEmpty() || !event.tokenClaims.isEmpty()) {
        const QJsonObject token{
            {QStringLiteral("header"), event.tokenHeader}, {QStringLiteral("claims"), withDates(event.tokenClaims)}};
        parts << tr("Access token (decoded by the flow engine, not verified):")
              << QString::fromUtf8(QJsonDocument(token).toJson(QJsonDocument::Indented));
    }
    // JWTs that were not masked (ID-JAGs, software statements, tokens in places the masker does not
    // know): decoded so their claims can be read; masked ones are markers and do not match.
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    QByteArray haystack = event.request.body + '\n' + event.request.url.toEncoded();
    for (const auto& header : event.request.headers)
        haystack += '\n' + header.second;
    if (event.response) {
        haystack += '\n' + event.response->body;
        for (const auto& header : event.response->headers)
            haystack += '\n' + header.second;
    }
    QSet<QString> seen;
    auto it = jwt.globalMatch(QString::fromUtf8(haystack));
    while (it.hasNext()) {
        const QString compact = it.next().captured();
        if (seen.contains(compact))
            continue;
        seen.insert(compact);
        const auto decoded = JwtDecoder::decode(compact.toUtf8());
        if (!decoded)
            continue;
        const QJsonObject token{
            {QStringLiteral("header"), decoded->header}, {QStringLiteral("claims"), withDates(decoded->claims)}};
        parts << tr("JWT found in the message (not verified):")
              << QString::fromUtf8(QJsonDocument(token).toJson(QJsonDocument::Indented));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace mcpauth
