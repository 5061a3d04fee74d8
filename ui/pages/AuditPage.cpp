#include "AuditPage.h"

#include "backend/Backend.h"
#include "dialogs/ExportFlow.h"
#include "models/AuditTableModel.h"
#include "widgets/DifferenceNote.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

constexpr int kFilterDelayMs = 300;

QDateTimeEdit* makeTimeEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The minimum stands for "no bound", shown as "any time".
    edit->setMinimumDateTime(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    edit->setSpecialValueText(QObject::tr("any time"));
    edit->setDateTime(edit->minimumDateTime());
    return edit;
}

qint64 boundOf(const QDateTimeEdit* edit)
{
    return edit->dateTime() == edit->minimumDateTime() ? 0 : edit->dateTime().toMSecsSinceEpoch();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

AuditPage::AuditPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this));
    header->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    header->addWidget(m_count);
    layout->addLayout(header);
    layout->addWidget(new DifferenceNote(backend, QStringLiteral("audit"), this));

    auto* filters = new QGridLayout;
    auto addEdit = [&](int row, int column, const QString& name, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(edit);
        edit->setAccessibleName(caption->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        filters->addWidget(caption, row, column);
        filters->addWidget(edit, row, column + 1);
        return edit;
    };
    m_text = addEdit(0, 0, QStringLiteral("auditTextFilter"), tr("&Text:"), tr("Anywhere in the event (Ctrl+F)"));
    m_actor = addEdit(0, 2, QStringLiteral("auditActorFilter"), tr("Ac&tor:"), tr("cli:root, console:alice, server…"));
    m_action
        = addEdit(0, 4, QStringLiteral("auditActionFilter"), tr("Acti&on:"), tr("token.revoke, or token. for all"));
    m_target = addEdit(1, 0, QStringLiteral("auditTargetFilter"), tr("Tar&get ID:"), tr("The id of an entity"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcomeFilter"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any"), -1);
    m_outcome->addItem(tr("Success"), int(AuditOutcome::Success));
    m_outcome->addItem(tr("Failure"), int(AuditOutcome::Failure));
    m_outcome->addItem(tr("Denied"), int(AuditOutcome::Denied));
    auto* outcomeLabel = new QLabel(tr("O&utcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    filters->addWidget(outcomeLabel, 1, 2);
    filters->addWidget(m_outcome, 1, 3);
    auto* times = new QHBoxLayout;
    m_from = makeTimeEdit(this, QStringLiteral("auditFromEdit"), tr("From"));
    m_to = makeTimeEdit(this, QStringLiteral("auditToEdit"), tr("Before"));
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&before:"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel, 1, 4);
    times->addWidget(m_from);
    times->addWidget(toLabel);
    times->addWidget(m_to);
    filters->addLayout(times, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));
    m_verify->setToolTip(tr("Recompute every event's hash: shows whether any stored event was changed or removed"));
    m_verifyProgress = new QProgressBar(this);
    m_verifyProgress->setObjectName(QStringLiteral("auditVerifyProgress"));
    m_verifyProgress->setAccessibleName(tr("Verification progress"));
    m_verifyProgress->setMaximumWidth(200);
    m_verifyProgress->hide();
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResultLabel"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setToolTip(tr("Write the events that match the filter to a CSV or JSON file"));
    actions->addWidget(m_verify);
    actions->addWidget(m_verifyProgress);
    actions->addWidget(m_verifyResult, 1);
    actions->addWidget(m_export);
    layout->addLayout(actions);
    if (!backend.capabilities().supports(Capability::AuditVerify)) {
        m_verify->setEnabled(false);
        m_verify->setToolTip(backend.capabilities().reason(Capability::AuditVerify));
    }

    m_model = new AuditTableModel(backend, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(AuditTableModel::TimeColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 24);
    m_table->setColumnWidth(AuditTableModel::ActorColumn, charWidth * 18);
    m_table->setColumnWidth(AuditTableModel::ActionColumn, charWidth * 22);
    m_table->setColumnWidth(AuditTableModel::TargetColumn, charWidth * 24);
    m_table->setColumnWidth(AuditTableModel::OutcomeColumn, charWidth * 10);
    m_table->setColumnWidth(AuditTableModel::SourceColumn, charWidth * 16);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetailsEdit"));
    m_details->setAccessibleName(tr("Event details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an event to see its details."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 400});
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kFilterDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::applyFilter);
    for (QLineEdit* edit : {m_text, m_actor, m_action, m_target}) {
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    }
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportEvents);
    connect(m_model, &AuditTableModel::totalCountChanged, this, &AuditPage::updateCount);
    connect(m_model, &AuditTableModel::loadFailed, this,
        [this](const Error& error) { reportError(tr("Could not load the audit log"), error); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPage::updateDetails);
    updateCount();
}

AuditPage::~AuditPage() = default;

QString AuditPage::title() const
{
    return tr("Audit log");
}

void AuditPage::refresh()
{
    if (!m_loaded) {
        m_loaded = true;
        applyFilter();
        return;
    }
    m_model->refresh();
}

void AuditPage::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

void AuditPage::applyFilter()
{
    m_debounce->stop();
    AuditFilter filter;
    filter.text = m_text->text().trimmed();
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->text().trimmed();
    filter.targetId = m_target->text().trimmed();
    if (const int outcome = m_outcome->currentData().toInt(); outcome >= 0)
        filter.outcome = static_cast<AuditOutcome>(outcome);
    filter.from = boundOf(m_from);
    filter.to = boundOf(m_to);
    m_loaded = true;
    m_model->setFilter(filter);
}

void AuditPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    m_count->setText(total < 0 ? tr("Loading…")
                               : tr("%1 event(s)", nullptr, static_cast<int>(qMin<qint64>(total, INT_MAX)))
                                     .arg(QLocale().toString(total)));
    m_export->setEnabled(total > 0);
}

void AuditPage::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const AuditEvent& e = m_model->event(rows.first().row());
    QString text = tr("Event %1, %2 (UTC)\nActor: %3\nAction: %4\nTarget: %5 %6\nOutcome: %7\nSource: %8\n\n")
                       .arg(QString::number(e.seq), isoUtc(e.time), e.actor, e.action, e.targetType, e.targetId,
                           AuditTableModel::outcomeText(e.outcome), e.source);
    text += e.details.isEmpty() ? tr("No details.")
                                : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
    text += tr("\nHash: %1\nPrevious: %2").arg(e.hash, e.prevHash);
    m_details->setPlainText(text);
}

void AuditPage::verifyChain()
{
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Checking every event's hash…"));
    m_verifyProgress->setRange(0, 0);
    m_verifyProgress->show();
    // The whole chain is checked whatever the filter; its length sizes the progress bar.
    backend().auditCount({}, this, [this](Result<qint64> count) {
        const qint64 total = count && *count > 0 ? *count : 0;
        m_verifyProgress->setRange(0, total > 0 ? 1000 : 0);
        m_verifyProgress->setValue(0);
        startVerification(total);
    });
}

void AuditPage::startVerification(qint64 total)
{
    backend().verifyAudit(
        this,
        [this, total](qint64 checked) {
            if (total > 0)
                m_verifyProgress->setValue(static_cast<int>(qMin<qint64>(1000, checked * 1000 / total)));
        },
        [this](Result<AuditVerifyReport> report) {
            m_verify->setEnabled(true);
            m_verifyProgress->hide();
            if (!report) {
                m_verifyResult->setText(tr("The chain could not be checked."));
                reportError(tr("Could not verify the audit log"), report.error(), true);
                return;
            }
            const int checked = static_cast<int>(qMin<qint64>(report->checked, INT_MAX));
            if (report->intact) {
                m_verifyResult->setText(tr("<b>Intact</b>: all %n event(s) are in the chain unchanged; none was "
                                           "altered, removed or reordered.",
                    nullptr, checked));
            } else {
                m_verifyResult->setText(tr("<b>Broken at event %1</b>: %2 Events from there on cannot be trusted; "
                                           "compare them with a backup.")
                                            .arg(report->firstBrokenSeq)
                                            .arg(report->reason.toHtmlEscaped()));
            }
            Q_EMIT statusMessage(report->intact ? tr("The audit chain is intact.") : tr("The audit chain is broken."));
        });
}

void AuditPage::exportEvents()
{
    auto before = std::make_shared<qint64>(0);
    const AuditFilter filter = m_model->filter();
    QPointer<AuditPage> self(this);
    auto fetch = [self, before, filter](std::function<void(Result<PagedExporter::Page>)> deliver) {
        if (!self)
            return;
        constexpr int kChunk = 1000;
        self->backend().auditEvents(filter, *before, kChunk, self, [before, deliver](Result<QList<AuditEvent>> events) {
            if (!events) {
                deliver(events.error());
                return;
            }
            PagedExporter::Page page;
            for (const AuditEvent& e : *events) {
                page.rows << QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("time"), isoUtc(e.time)},
                    {QStringLiteral("actor"), e.actor}, {QStringLiteral("action"), e.action},
                    {QStringLiteral("targetType"), e.targetType}, {QStringLiteral("targetId"), e.targetId},
                    {QStringLiteral("outcome"), enumName(kAuditOutcomeNames, e.outcome)},
                    {QStringLiteral("source"), e.source}, {QStringLiteral("details"), e.details},
                    {QStringLiteral("hash"), e.hash}};
            }
            if (!events->isEmpty())
                *before = events->last().seq;
            page.more = events->size() >= kChunk;
            deliver(std::move(page));
        });
    };
    auto* flow = new ExportFlow(this, QStringLiteral("audit-log"),
        {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("actor"), QStringLiteral("action"),
            QStringLiteral("targetType"), QStringLiteral("targetId"), QStringLiteral("outcome"),
            QStringLiteral("source"), QStringLiteral("details"), QStringLiteral("hash")},
        m_model->totalCount(), std::move(fetch));
    connect(flow, &ExportFlow::finished, this, &ConsolePage::statusMessage);
    flow->start();
}

} // namespace mcpauth
