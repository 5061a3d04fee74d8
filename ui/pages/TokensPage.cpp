#include "TokensPage.h"

#include "backend/Backend.h"
#include "dialogs/ExportFlow.h"
#include "jose/JwtDecoder.h"
#include "jose/JwtSignatureCheck.h"
#include "models/TokenTableModel.h"
#include "widgets/Confirmation.h"
#include "widgets/DifferenceNote.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace mcpauth {

namespace {

const QDateTime kOpenTime = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTimeEdit* makeTimeEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The minimum stands for "no bound", shown as "any time".
    edit->setMinimumDateTime(kOpenTime);
    edit->setSpecialValueText(QObject::tr("any time"));
    edit->setDateTime(kOpenTime);
    return edit;
}

qint64 boundOf(const QDateTimeEdit* edit)
{
    return edit->dateTime() == edit->minimumDateTime() ? 0 : edit->dateTime().toMSecsSinceEpoch();
}

} // namespace

TokensPage::TokensPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("tokensPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(esc(title())), this));
    header->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("tokenCountLabel"));
    header->addWidget(m_count);
    layout->addLayout(header);

    auto* filters = new QHBoxLayout;
    auto addCombo = [&](const QString& name, const QString& label, const QString& accessible) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(10);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(combo);
        filters->addWidget(caption);
        filters->addWidget(combo);
        return combo;
    };
    m_application = addCombo(QStringLiteral("tokenApplicationFilter"), tr("&Application:"), tr("Application filter"));
    m_user = addCombo(QStringLiteral("tokenUserFilter"), tr("&User:"), tr("User filter"));
    m_resource = addCombo(QStringLiteral("tokenResourceFilter"), tr("Reso&urce:"), tr("Resource filter"));
    m_state = addCombo(QStringLiteral("tokenStateFilter"), tr("&State:"), tr("State filter"));
    m_state->addItem(tr("Any"), -1);
    m_state->addItem(tr("Active"), int(TokenState::Active));
    m_state->addItem(tr("Expired"), int(TokenState::Expired));
    m_state->addItem(tr("Revoked"), int(TokenState::Revoked));
    for (QComboBox* combo : {m_application, m_user, m_resource})
        combo->addItem(tr("Any"), QString());
    filters->addStretch();
    layout->addLayout(filters);

    auto* times = new QHBoxLayout;
    m_issuedFrom = makeTimeEdit(this, QStringLiteral("tokenIssuedFromEdit"), tr("Issued from"));
    m_issuedTo = makeTimeEdit(this, QStringLiteral("tokenIssuedToEdit"), tr("Issued before"));
    auto* fromLabel = new QLabel(tr("&Issued from:"), this);
    fromLabel->setBuddy(m_issuedFrom);
    auto* toLabel = new QLabel(tr("&before:"), this);
    toLabel->setBuddy(m_issuedTo);
    times->addWidget(fromLabel);
    times->addWidget(m_issuedFrom);
    times->addWidget(toLabel);
    times->addWidget(m_issuedTo);
    times->addStretch();
    m_jumpToEnd = new QPushButton(tr("Go to &last"), this);
    m_jumpToEnd->setObjectName(QStringLiteral("tokenJumpToEndButton"));
    m_jumpToEnd->setToolTip(tr("Show the last tokens in this order (Ctrl+End in the table)"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("tokenExportButton"));
    m_export->setToolTip(tr("Write the tokens that match the filter to a CSV or JSON file"));
    times->addWidget(m_jumpToEnd);
    times->addWidget(m_export);
    layout->addLayout(times);

    m_model = new TokenTableModel(backend, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tokensTableView"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row size hints to compute, so scrolling costs only what is painted.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(TokenTableModel::IssuedColumn, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    const int timeWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 24;
    m_table->setColumnWidth(TokenTableModel::IssuedColumn, timeWidth);
    m_table->setColumnWidth(TokenTableModel::ExpiresColumn, timeWidth);
    m_table->setColumnWidth(TokenTableModel::StateColumn, charWidth * 10);
    m_table->setColumnWidth(TokenTableModel::KindColumn, charWidth * 9);
    m_table->setColumnWidth(TokenTableModel::ApplicationColumn, charWidth * 16);
    m_table->setColumnWidth(TokenTableModel::UserColumn, charWidth * 14);
    m_table->setColumnWidth(TokenTableModel::ResourceColumn, charWidth * 28);
    m_table->setColumnWidth(TokenTableModel::ScopesColumn, charWidth * 22);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tokenDetailsTabs"));
    auto* detailsPane = new QWidget(m_tabs);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    m_details = new QTextBrowser(detailsPane);
    m_details->setObjectName(QStringLiteral("tokenDetailsBrowser"));
    m_details->setAccessibleName(tr("Token details"));
    detailsLayout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    m_revoke = new QPushButton(tr("&Revoke"), detailsPane);
    m_revoke->setObjectName(QStringLiteral("tokenRevokeButton"));
    m_revoke->setToolTip(tr("Revoke the selected tokens (Delete)"));
    m_revokeUser = new QPushButton(tr("All of this &user…"), detailsPane);
    m_revokeUser->setObjectName(QStringLiteral("tokenRevokeUserButton"));
    m_revokeUser->setToolTip(tr("Revoke every token of the selected token's user"));
    m_revokeApplication = new QPushButton(tr("All of this a&pplication…"), detailsPane);
    m_revokeApplication->setObjectName(QStringLiteral("tokenRevokeApplicationButton"));
    m_revokeApplication->setToolTip(tr("Revoke every token of the selected token's application"));
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_revokeUser);
    buttons->addWidget(m_revokeApplication);
    m_deleteRecord = new QPushButton(tr("Delete &record…"), detailsPane);
    m_deleteRecord->setObjectName(QStringLiteral("tokenDeleteRecordButton"));
    m_deleteRecord->setToolTip(tr("Delete the selected tokens' records instead of keeping them as revoked"));
    buttons->addWidget(m_deleteRecord);
    buttons->addStretch();
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(new DifferenceNote(backend, QStringLiteral("token.revoke"), detailsPane));
    m_tabs->addTab(detailsPane, tr("Details"));

    auto* lookupPane = new QWidget(m_tabs);
    auto* lookupLayout = new QVBoxLayout(lookupPane);
    auto* pasteLabel = new QLabel(tr("Paste an access token (JWT) to decode it, check its signature against the "
                                     "local server's published keys, and find it in the store:"),
        lookupPane);
    pasteLabel->setWordWrap(true);
    m_pasted = new QPlainTextEdit(lookupPane);
    m_pasted->setObjectName(QStringLiteral("tokenLookupEdit"));
    m_pasted->setAccessibleName(tr("Token to look up"));
    m_pasted->setPlaceholderText(tr("eyJhbGciOi…"));
    m_pasted->setMaximumHeight(m_pasted->fontMetrics().height() * 5);
    m_pasted->setTabChangesFocus(true);
    pasteLabel->setBuddy(m_pasted);
    m_lookUp = new QPushButton(tr("&Look up"), lookupPane);
    m_lookUp->setObjectName(QStringLiteral("tokenLookupButton"));
    m_lookupResult = new QTextBrowser(lookupPane);
    m_lookupResult->setObjectName(QStringLiteral("tokenLookupResultBrowser"));
    m_lookupResult->setAccessibleName(tr("Look-up result"));
    lookupLayout->addWidget(pasteLabel);
    lookupLayout->addWidget(m_pasted);
    lookupLayout->addWidget(m_lookUp, 0, Qt::AlignLeft);
    lookupLayout->addWidget(m_lookupResult, 1);
    m_tabs->addTab(lookupPane, tr("Look up a token"));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("tokensSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 420});
    layout->addWidget(splitter, 1);

    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &TokensPage::updateDetails);

    for (QComboBox* combo : {m_application, m_user, m_resource, m_state})
        connect(combo, &QComboBox::currentIndexChanged, this, &TokensPage::applyFilter);
    connect(m_issuedFrom, &QDateTimeEdit::dateTimeChanged, this, &TokensPage::applyFilter);
    connect(m_issuedTo, &QDateTimeEdit::dateTimeChanged, this, &TokensPage::applyFilter);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &TokensPage::onSortClicked);
    connect(m_jumpToEnd, &QPushButton::clicked, m_model, &TokenTableModel::jumpToEnd);
    connect(m_export, &QPushButton::clicked, this, &TokensPage::exportTokens);
    connect(m_revoke, &QPushButton::clicked, this, &TokensPage::deleteSelected);
    connect(m_revokeUser, &QPushButton::clicked, this, [this] { revokeAllOf(true); });
    connect(m_revokeApplication, &QPushButton::clicked, this, [this] { revokeAllOf(false); });
    connect(m_deleteRecord, &QPushButton::clicked, this, &TokensPage::deleteRecords);
    connect(m_lookUp, &QPushButton::clicked, this, &TokensPage::lookUpPastedToken);
    connect(m_model, &TokenTableModel::totalCountChanged, this, &TokensPage::updateCount);
    connect(m_model, &TokenTableModel::loadingChanged, this, &TokensPage::updateCount);
    connect(m_model, &TokenTableModel::loadFailed, this,
        [this](const Error& error) { reportError(tr("Could not load the tokens"), error); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokensPage::updateDetails);
    connect(m_model, &TokenTableModel::pageLoaded, this, [this](bool reset) {
        // After "Go to last", show the end of the table.
        if (reset && m_model->isAtEnd())
            m_table->scrollToBottom();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateButtons();
        Q_EMIT actionsChanged();
    });
    // Scrolling to the top after "Go to last" loads the rows above; the view stays on the same rows.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_table->verticalScrollBar()->minimum() && m_model->canFetchEarlier())
            m_model->fetchEarlier();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        if (first == 0 && m_model->rowCount() > last + 1) {
            QScrollBar* bar = m_table->verticalScrollBar();
            bar->setValue(bar->value() + (last + 1));
        }
    });
    updateCount();
    updateButtons();
    updateDetails();
}

TokensPage::~TokensPage() = default;

QString TokensPage::title() const
{
    return tr("Tokens");
}

void TokensPage::refresh()
{
    if (!m_lookupsLoaded) {
        loadLookups();
        applyFilter();
        return;
    }
    m_model->refresh();
}

void TokensPage::focusFilter()
{
    m_application->setFocus();
}

void TokensPage::loadLookups()
{
    m_lookupsLoaded = true;
    // Names for the filters and the table, scope descriptions and keys for the details pane.
    auto names = std::make_shared<std::pair<QHash<QString, QString>, QHash<QString, QString>>>();
    backend().applications({}, this, [this, names](Result<QList<Application>> apps) {
        if (!apps) {
            reportError(tr("Could not load the applications"), apps.error());
            return;
        }
        const QSignalBlocker block(m_application);
        for (const Application& app : *apps) {
            names->first.insert(app.id, app.name);
            m_application->addItem(app.name, app.id);
        }
        m_model->setNames(names->first, names->second);
    });
    backend().users({}, this, [this, names](Result<QList<User>> users) {
        if (!users)
            return; // a backend without users still lists tokens; the table shows user ids
        const QSignalBlocker block(m_user);
        for (const User& user : *users) {
            names->second.insert(user.id, user.username);
            m_user->addItem(user.username, user.id);
        }
        m_model->setNames(names->first, names->second);
    });
    backend().resources({}, this, [this](Result<QList<Resource>> resources) {
        if (!resources)
            return;
        m_resources = *resources;
        const QSignalBlocker block(m_resource);
        for (const Resource& resource : m_resources)
            m_resource->addItem(resource.uri, resource.uri);
        updateDetails();
    });
    backend().scopes({}, this, [this](Result<QList<Scope>> scopes) {
        if (!scopes)
            return;
        for (const Scope& scope : *scopes)
            m_scopes.insert(scope.name, scope);
        updateDetails();
    });
    if (backend().capabilities().supports(Capability::SigningKeys)) {
        backend().signingKeys(this, [this](Result<QList<SigningKey>> keys) {
            if (keys)
                m_keys = *keys;
        });
    }
}

void TokensPage::applyFilter()
{
    TokenFilter filter;
    filter.applicationId = m_application->currentData().toString();
    filter.userId = m_user->currentData().toString();
    filter.resource = m_resource->currentData().toString();
    if (const int state = m_state->currentData().toInt(); state >= 0)
        filter.state = static_cast<TokenState>(state);
    filter.issuedFrom = boundOf(m_issuedFrom);
    filter.issuedTo = boundOf(m_issuedTo);
    m_model->setFilter(filter);
}

void TokensPage::onSortClicked(int column)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (!TokenTableModel::isSortable(column)) {
        // Only indexed columns sort (a sort on another column would scan every row); keep the indicator.
        const int current = m_model->sortKey() == TokenSort::ExpiresAt ? TokenTableModel::ExpiresColumn
                                                                       : TokenTableModel::IssuedColumn;
        header->setSortIndicator(current, m_model->isDescending() ? Qt::DescendingOrder : Qt::AscendingOrder);
        Q_EMIT statusMessage(tr("Only the issue and expiry times can be sorted."));
        return;
    }
    const TokenSort sort = TokenTableModel::sortFor(column);
    const bool descending = sort == m_model->sortKey() ? !m_model->isDescending() : true;
    header->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->setSort(sort, descending);
}

void TokensPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0)
        m_count->setText(tr("Loading…"));
    else
        m_count->setText(
            tr("%1 token(s)", nullptr, static_cast<int>(qMin<qint64>(total, INT_MAX))).arg(QLocale().toString(total)));
    m_export->setEnabled(total > 0);
}

QStringList TokensPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(TokenTableModel::TokenIdRole).toString();
    return ids;
}

bool TokensPage::canDelete() const
{
    return backend().capabilities().supports(Capability::TokenRevoke) && m_table->selectionModel()->hasSelection();
}

void TokensPage::updateButtons()
{
    const BackendCapabilities caps = backend().capabilities();
    const bool revocable = caps.supports(Capability::TokenRevoke);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_revoke->setEnabled(revocable && !rows.isEmpty());
    const bool one = rows.size() == 1;
    m_revokeUser->setEnabled(revocable && one && !m_model->token(rows.first().row()).userId.isEmpty());
    m_revokeApplication->setEnabled(revocable && one);
    if (!revocable) {
        for (QPushButton* button : {m_revoke, m_revokeUser, m_revokeApplication})
            button->setToolTip(caps.reason(Capability::TokenRevoke));
    }
    m_deleteRecord->setEnabled(caps.supports(Capability::TokenDelete) && !rows.isEmpty());
    if (!caps.supports(Capability::TokenDelete))
        m_deleteRecord->setToolTip(caps.reason(Capability::TokenDelete));
    m_revoke->setText(
        rows.size() > 1 ? tr("&Revoke %n tokens", nullptr, static_cast<int>(rows.size())) : tr("&Revoke"));
}

void TokensPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !canDelete())
        return;
    const int n = static_cast<int>(ids.size());
    const QString text = n == 1
        ? tr("Revoke the token %1?\n\nA resource server that introspects it refuses it from now on; a refresh token "
             "takes the access tokens of its family with it.")
              .arg(ids.first())
        : tr("Revoke %n token(s)?\n\nA resource server that introspects them refuses them from now on; a refresh token "
             "takes the access tokens of its family with it.",
            nullptr, n);
    const QString difference = backend().difference(QStringLiteral("token.revoke"));
    const QString question = difference.isEmpty() ? text : tr("%1\n\n%2").arg(text, difference);
    Confirmation::ask(this, tr("Revoke tokens"), question, tr("Revoke %n token(s)", nullptr, n), [this, ids] {
        // One after another on the backend's queue; the count of what was revoked comes back at the end.
        auto revoked = std::make_shared<qint64>(0);
        auto failures = std::make_shared<int>(0);
        auto left = std::make_shared<int>(static_cast<int>(ids.size()));
        for (const QString& id : ids) {
            backend().revokeToken(id, this, [this, revoked, failures, left](Result<qint64> r) {
                if (r)
                    *revoked += *r;
                else if (r.error().code != ErrorCode::Conflict) // already revoked: nothing to do
                    ++*failures;
                if (--*left > 0)
                    return;
                if (*failures > 0)
                    Q_EMIT statusMessage(tr("%n token(s) could not be revoked.", nullptr, *failures));
                else
                    Q_EMIT statusMessage(
                        tr("Revoked %n token(s).", nullptr, static_cast<int>(qMin<qint64>(*revoked, INT_MAX))));
                m_model->refresh();
            });
        }
    });
}

void TokensPage::revokeAllOf(bool ofUser)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Token token = m_model->token(rows.first().row());
    TokenFilter filter;
    if (ofUser)
        filter.userId = token.userId;
    else
        filter.applicationId = token.applicationId;
    TokenFilter active = filter;
    active.state = TokenState::Active;
    const QString who = ofUser ? m_model->userName(token.userId) : m_model->applicationName(token.applicationId);
    backend().tokenCount(active, this, [this, filter, who, ofUser](Result<qint64> count) {
        if (!count) {
            reportError(tr("Could not count the tokens"), count.error(), true);
            return;
        }
        const int n = static_cast<int>(qMin<qint64>(*count, INT_MAX));
        if (n == 0) {
            Q_EMIT statusMessage(ofUser ? tr("The user %1 has no active token.").arg(who)
                                        : tr("The application %1 has no active token.").arg(who));
            return;
        }
        const QString text = ofUser
            ? tr("Revoke all %n active token(s) of the user %1?\n\nThe user's clients must sign in again.", nullptr, n)
                  .arg(who)
            : tr("Revoke all %n active token(s) of the application %1?\n\nEvery user of the application must sign in "
                 "again.",
                nullptr, n)
                  .arg(who);
        Confirmation::ask(this, tr("Revoke tokens"), text, tr("Revoke %n token(s)", nullptr, n), [this, filter] {
            backend().revokeTokens(filter, this, [this](Result<qint64> revoked) {
                if (!revoked) {
                    reportError(tr("Could not revoke the tokens"), revoked.error(), true);
                    return;
                }
                Q_EMIT statusMessage(
                    tr("Revoked %n token(s).", nullptr, static_cast<int>(qMin<qint64>(*revoked, INT_MAX))));
                m_model->refresh();
            });
        });
    });
}

void TokensPage::exportTokens()
{
    // The same filter and order as the table, paged through the backend a thousand at a time.
    struct State
    {
        std::optional<TokenCursor> after;
        bool started = false;
    };
    auto state = std::make_shared<State>();
    const TokenFilter filter = m_model->filter();
    TokenPageRequest base;
    base.sort = m_model->sortKey();
    base.descending = m_model->isDescending();
    base.limit = 1000;
    QPointer<TokensPage> self(this);
    auto applications = std::make_shared<QHash<QString, QString>>();
    auto fetch = [self, state, filter, base](std::function<void(Result<PagedExporter::Page>)> deliver) {
        if (!self)
            return;
        TokenPageRequest request = base;
        request.after = state->after;
        self->backend().tokenPage(filter, request, self, [self, state, deliver](Result<TokenPage> page) {
            if (!page) {
                deliver(page.error());
                return;
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            PagedExporter::Page out;
            for (const Token& t : page->tokens) {
                out.rows << QJsonObject{{QStringLiteral("id"), t.id},
                    {QStringLiteral("kind"), enumName(kTokenKindNames, t.kind)},
                    {QStringLiteral("state"), enumName(kTokenStateNames, t.stateAt(now))},
                    {QStringLiteral("application"), self->m_model->applicationName(t.applicationId)},
                    {QStringLiteral("user"), t.userId.isEmpty() ? QString() : self->m_model->userName(t.userId)},
                    {QStringLiteral("resource"), t.resource},
                    {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)},
                    {QStringLiteral("issuedAt"),
                        QDateTime::fromMSecsSinceEpoch(t.issuedAt, Qt::UTC).toString(Qt::ISODate)},
                    {QStringLiteral("expiresAt"),
                        QDateTime::fromMSecsSinceEpoch(t.expiresAt, Qt::UTC).toString(Qt::ISODate)},
                    {QStringLiteral("revokedAt"),
                        t.revokedAt == 0 ? QString()
                                         : QDateTime::fromMSecsSinceEpoch(t.revokedAt, Qt::UTC).toString(Qt::ISODate)}};
            }
            state->after = page->next;
            out.more = page->next.has_value();
            deliver(std::move(out));
        });
    };
    auto* flow = new ExportFlow(this, QStringLiteral("tokens"),
        {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("state"), QStringLiteral("application"),
            QStringLiteral("user"), QStringLiteral("resource"), QStringLiteral("scopes"), QStringLiteral("issuedAt"),
            QStringLiteral("expiresAt"), QStringLiteral("revokedAt")},
        m_model->totalCount(), std::move(fetch));
    connect(flow, &ExportFlow::finished, this, &ConsolePage::statusMessage);
    flow->start();
}

QString TokensPage::countdown(qint64 expiresAt, qint64 nowMs)
{
    qint64 seconds = (expiresAt - nowMs) / 1000;
    const bool past = seconds < 0;
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    QString span;
    if (days > 0)
        span = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = tr("%1 h %2 min").arg(hours).arg(minutes);
    else
        span = tr("%1 min %2 s").arg(minutes).arg(secs);
    return past ? tr("expired %1 ago").arg(span) : tr("expires in %1").arg(span);
}

QString TokensPage::audienceLine(const QString& audience) const
{
    for (const Resource& resource : m_resources) {
        if (resource.uri == audience) {
            return tr("The audience (<code>aud</code>) is <b>%1</b>, the registered resource “%2”: only that MCP "
                      "server accepts it.")
                .arg(esc(audience), esc(resource.displayName.isEmpty() ? resource.uri : resource.displayName));
        }
    }
    if (audience.isEmpty())
        return tr("The token names no audience (<code>aud</code>): a resource server that checks the audience, as "
                  "MCP requires, refuses it.");
    // A backend without a resource registry (Casdoor) only records what the client asked for.
    if (!backend().capabilities().supports(Capability::Resources))
        return tr("The audience (<code>aud</code>) is <b>%1</b>, the resource the client asked for.")
            .arg(esc(audience));
    return tr("The audience (<code>aud</code>) is <b>%1</b>, which is <b>not a registered resource</b>: no MCP "
              "server of this backend accepts it.")
        .arg(esc(audience));
}

QString TokensPage::scopeLines(const QStringList& scopes) const
{
    if (scopes.isEmpty())
        return tr("<p>No scopes: the token grants nothing beyond the resource's public tools.</p>");
    QString out = QStringLiteral("<ul>");
    for (const QString& name : scopes) {
        const auto it = m_scopes.constFind(name);
        if (it == m_scopes.cend() && !backend().capabilities().supports(Capability::Scopes)) {
            out += QStringLiteral("<li><code>%1</code></li>").arg(esc(name));
            continue;
        }
        const QString description = it == m_scopes.cend()
            ? tr("not a scope of this backend")
            : (it->description.isEmpty() ? it->displayName : it->description);
        out += QStringLiteral("<li><code>%1</code>: %2</li>").arg(esc(name), esc(description));
    }
    return out + QStringLiteral("</ul>");
}

QString TokensPage::explainToken(const Token& t, qint64 nowMs) const
{
    QString html;
    const QString app = esc(m_model->applicationName(t.applicationId));
    const QString kind = t.kind == TokenKind::Refresh ? tr("A refresh token") : tr("An access token");
    if (t.userId.isEmpty())
        html += tr("<p>%1 issued to the application <b>%2</b> for itself (client credentials, no user).</p>")
                    .arg(kind, app);
    else
        html += tr("<p>%1 issued to the application <b>%2</b>, acting for the user <b>%3</b>.</p>")
                    .arg(kind, app, esc(m_model->userName(t.userId)));
    switch (t.stateAt(nowMs)) {
    case TokenState::Active:
        html += tr("<p><b>Active</b>: it %1 (at %2).</p>").arg(countdown(t.expiresAt, nowMs), localTime(t.expiresAt));
        break;
    case TokenState::Expired:
        html += tr("<p><b>Expired</b>: it %1 (at %2); no resource server accepts it any more.</p>")
                    .arg(countdown(t.expiresAt, nowMs), localTime(t.expiresAt));
        break;
    case TokenState::Revoked:
        html += tr("<p><b>Revoked</b> at %1: introspection answers “inactive”.</p>").arg(localTime(t.revokedAt));
        break;
    }
    html += QStringLiteral("<p>%1</p>").arg(audienceLine(t.resource));
    html += tr("<p>Scopes:</p>") + scopeLines(t.scopes);
    html += tr("<p>Issued at %1. Token ID (<code>jti</code>): <code>%2</code>.</p>")
                .arg(localTime(t.issuedAt), esc(t.id));
    if (!t.familyId.isEmpty())
        html
            += tr("<p>Refresh family <code>%1</code>: revoking the refresh token revokes the tokens of its family.</p>")
                   .arg(esc(t.familyId));
    return html;
}

void TokensPage::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_countdownTimer->stop();
        m_details->setHtml(tr("<p>Select a token to see what it grants, to whom, and until when.</p>"));
        return;
    }
    if (rows.size() > 1) {
        m_countdownTimer->stop();
        m_details->setHtml(
            tr("<p>%n tokens selected. Revoke revokes them all.</p>", nullptr, static_cast<int>(rows.size())));
        return;
    }
    const int row = rows.first().row();
    if (row >= m_model->rowCount())
        return;
    const Token& token = m_model->token(row);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int scroll = m_details->verticalScrollBar()->value();
    m_details->setHtml(explainToken(token, now));
    m_details->verticalScrollBar()->setValue(scroll);
    if (token.stateAt(now) == TokenState::Active) {
        if (!m_countdownTimer->isActive())
            m_countdownTimer->start();
    } else {
        m_countdownTimer->stop();
    }
}

void TokensPage::lookUpPastedToken()
{
    const QByteArray compact = m_pasted->toPlainText().trimmed().toLatin1();
    if (compact.isEmpty()) {
        m_lookupResult->setHtml(tr("<p>Paste a token first.</p>"));
        return;
    }
    auto decoded = JwtDecoder::decode(compact);
    if (!decoded) {
        m_lookupResult->setHtml(QStringLiteral("<p>%1</p>").arg(esc(decoded.error().message)));
        return;
    }
    const QJsonObject& claims = decoded->claims;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString html;
    const JwtSignatureVerdict verdict = JwtSignatureCheck::check(compact, m_keys, now);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(verdict.valid ? tr("Signature valid.") : tr("Signature not verified."), esc(verdict.explanation));
    if (claims.contains(QStringLiteral("exp"))) {
        const qint64 exp = static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble()) * 1000;
        html += tr("<p>It %1 (at %2).</p>").arg(countdown(exp, now), localTime(exp));
    }
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    html += QStringLiteral("<p>%1</p>")
                .arg(audienceLine(aud.isArray() ? aud.toArray().first().toString() : aud.toString()));
    const QString scope = claims.value(QStringLiteral("scope")).toString();
    html += tr("<p>Scopes:</p>") + scopeLines(scope.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    html += QStringLiteral("<p id=\"store\">%1</p>").arg(tr("Looking the token up in the store…"));
    html += tr("<h4>Header</h4><pre>%1</pre><h4>Claims</h4><pre>%2</pre>")
                .arg(esc(QString::fromUtf8(QJsonDocument(decoded->header).toJson(QJsonDocument::Indented))),
                    esc(QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Indented))));
    m_lookupResult->setHtml(html);

    // Introspection, by the token's id in the store: no client credentials needed.
    const QString jti = claims.value(QStringLiteral("jti")).toString();
    const QString pending = tr("Looking the token up in the store…");
    if (jti.isEmpty()) {
        m_lookupResult->setHtml(
            html.replace(pending, tr("The token has no <code>jti</code>, so it cannot be found in the store.")));
        return;
    }
    backend().token(jti, this, [this, html, pending](Result<Token> token) mutable {
        QString line;
        if (!token) {
            line = token.error().code == ErrorCode::NotFound
                ? tr("<b>Not in the store</b>: this backend did not issue the token, or its record was removed.")
                : esc(token.error().message);
        } else {
            switch (token->stateAt(QDateTime::currentMSecsSinceEpoch())) {
            case TokenState::Active:
                line = tr("<b>Introspection: active.</b> The store knows this token and it has not been revoked.");
                break;
            case TokenState::Expired:
                line = tr("<b>Introspection: inactive</b> (expired).");
                break;
            case TokenState::Revoked:
                line = tr("<b>Introspection: inactive</b>, revoked at %1.").arg(localTime(token->revokedAt));
                break;
            }
        }
        m_lookupResult->setHtml(html.replace(pending, line));
    });
}

void TokensPage::deleteRecords()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !backend().capabilities().supports(Capability::TokenDelete))
        return;
    const int n = static_cast<int>(ids.size());
    const QString text = tr("Delete the record of %n token(s)?\n\nThe server forgets them: they no longer appear "
                            "here, and nothing shows they were revoked. Revoke keeps the record.",
        nullptr, n);
    const QString difference = backend().difference(QStringLiteral("token.revoke"));
    const QString question = difference.isEmpty() ? text : tr("%1\n\n%2").arg(text, difference);
    Confirmation::ask(this, tr("Delete token records"), question, tr("Delete %n record(s)", nullptr, n), [this, ids] {
        auto deleted = std::make_shared<qint64>(0);
        auto failures = std::make_shared<int>(0);
        auto left = std::make_shared<int>(static_cast<int>(ids.size()));
        for (const QString& id : ids) {
            backend().deleteToken(id, this, [this, deleted, failures, left](Result<qint64> r) {
                if (r)
                    *deleted += *r;
                else
                    ++*failures;
                if (--*left > 0)
                    return;
                if (*failures > 0)
                    Q_EMIT statusMessage(tr("%n token record(s) could not be deleted.", nullptr, *failures));
                else
                    Q_EMIT statusMessage(
                        tr("Deleted %n token record(s).", nullptr, static_cast<int>(qMin<qint64>(*deleted, INT_MAX))));
                m_model->refresh();
            });
        }
    });
}

} // namespace mcpauth
