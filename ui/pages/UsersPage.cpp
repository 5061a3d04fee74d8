#include "UsersPage.h"

#include "backend/Backend.h"
#include "dialogs/ResetPasswordDialog.h"
#include "dialogs/SecretDialog.h"
#include "dialogs/UserEditorDialog.h"
#include "models/UserTableModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

QString timeText(qint64 ms)
{
    return ms == 0 ? QString() : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QTreeWidget* makeList(QWidget* parent, const QString& name, const QString& accessible, const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->setUniformRowHeights(true);
    return list;
}

} // namespace

UsersPage::UsersPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("usersPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("userFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by username, name or email (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter users"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("userCountLabel"));
    header->addWidget(heading);
    header->addStretch();
    header->addWidget(m_count);
    header->addWidget(m_filter, 1);
    layout->addLayout(header);

    auto* buttons = new QHBoxLayout;
    const auto makeButton = [&](const QString& text, const QString& name, const QString& accessible) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAccessibleName(accessible);
        buttons->addWidget(button);
        return button;
    };
    m_addButton = makeButton(tr("&Add…"), QStringLiteral("addUserButton"), tr("Add user"));
    m_editButton = makeButton(tr("&Edit…"), QStringLiteral("editUserButton"), tr("Edit user"));
    m_disableButton = makeButton(tr("D&isable"), QStringLiteral("disableUserButton"), tr("Disable or enable user"));
    m_resetButton = makeButton(tr("&Reset Password…"), QStringLiteral("resetPasswordButton"), tr("Reset password"));
    m_unlockButton = makeButton(tr("&Unlock"), QStringLiteral("unlockUserButton"), tr("Unlock user"));
    m_deleteButton = makeButton(tr("&Delete…"), QStringLiteral("deleteUserButton"), tr("Delete user"));
    m_unlockButton->setToolTip(
        tr("Lift a lockout after repeated failed sign-ins now instead of waiting for it to end."));
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_model = new UserTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("usersTableView"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::UsernameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    setFocusProxy(m_table);

    auto* details = new QWidget(splitter);
    details->setObjectName(QStringLiteral("userDetailsPane"));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(6, 0, 0, 0);
    m_detailsTitle = new QLabel(details);
    m_detailsTitle->setObjectName(QStringLiteral("userDetailsTitleLabel"));
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setTextFormat(Qt::PlainText);
    detailsLayout->addWidget(m_detailsTitle);
    auto* consentsLabel = new QLabel(tr("<b>Consents in force</b>"), details);
    detailsLayout->addWidget(consentsLabel);
    m_consents = makeList(details, QStringLiteral("userConsentsTreeWidget"), tr("Consents of the selected user"),
        {tr("Application"), tr("Resource"), tr("Scopes"), tr("Granted")});
    detailsLayout->addWidget(m_consents, 1);
    m_tokenCount = new QLabel(details);
    m_tokenCount->setObjectName(QStringLiteral("userTokenCountLabel"));
    m_tokenCount->setWordWrap(true);
    detailsLayout->addWidget(m_tokenCount);
    m_tokens = makeList(details, QStringLiteral("userTokensTreeWidget"), tr("Recent tokens of the selected user"),
        {tr("Kind"), tr("Application"), tr("State"), tr("Issued"), tr("Expires")});
    detailsLayout->addWidget(m_tokens, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, &UsersPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        loadDetails();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::createNew);
    connect(m_editButton, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPage::toggleSelectedDisabled);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::resetSelectedPassword);
    connect(m_unlockButton, &QPushButton::clicked, this, &UsersPage::unlockSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &UsersPage::deleteSelected);
    updateCount();
    updateButtons();
    loadDetails();
}

UsersPage::~UsersPage() = default;

QString UsersPage::title() const
{
    return tr("Users");
}

void UsersPage::refresh()
{
    backend().applications({}, this, [this](Result<QList<Application>> apps) {
        if (!apps)
            return; // the details pane shows ids instead of names
        m_applicationNames.clear();
        for (const Application& a : *apps)
            m_applicationNames.insert(a.id, a.name);
    });
    backend().users({}, this, [this](Result<QList<User>> users) {
        if (!users) {
            reportError(tr("Could not load the users"), users.error());
            return;
        }
        const auto selected = selectedUser();
        const QString keep = selected ? selected->id : m_selectAfterRefresh;
        m_selectAfterRefresh.clear();
        m_model->setUsers(std::move(users).value());
        m_table->resizeColumnsToContents();
        const int row = m_model->rowOf(keep);
        if (row >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        else
            loadDetails();
    });
}

void UsersPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

std::optional<User> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->user(m_proxy->mapToSource(rows.first()).row());
}

bool UsersPage::canDelete() const
{
    return selectedUser().has_value();
}

void UsersPage::updateCount()
{
    m_count->setText(tr("%n user(s)", nullptr, m_proxy->rowCount()));
}

void UsersPage::updateButtons()
{
    const auto user = selectedUser();
    for (QPushButton* button : {m_editButton, m_disableButton, m_resetButton, m_unlockButton, m_deleteButton})
        button->setEnabled(user.has_value());
    m_disableButton->setText(user && user->disabled ? tr("En&able") : tr("D&isable"));
    m_disableButton->setToolTip(user && user->disabled
            ? tr("Let the user sign in again. Tokens revoked when the account was disabled stay revoked.")
            : tr("Stop the user from signing in and revoke every token of theirs."));
    Q_EMIT actionsChanged();
}

void UsersPage::createNew()
{
    auto* dialog = new UserEditorDialog(backend(), User{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditorDialog::saved, this, [this](const User& user, const QString& password) {
        m_selectAfterRefresh = user.id;
        m_table->clearSelection();
        Q_EMIT statusMessage(tr("User %1 added.").arg(user.username));
        if (!password.isEmpty())
            showGeneratedPassword(user, password);
        refresh();
    });
    dialog->open();
}

void UsersPage::editSelected()
{
    const auto user = selectedUser();
    if (!user)
        return;
    auto* dialog = new UserEditorDialog(backend(), *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditorDialog::saved, this, [this](const User& saved, const QString&) {
        Q_EMIT statusMessage(tr("User %1 saved.").arg(saved.username));
        refresh();
    });
    dialog->open();
}

void UsersPage::showGeneratedPassword(const User& user, const QString& password)
{
    auto* dialog = new SecretDialog(tr("Password"),
        tr("The password of %1. Give it to them over a channel you trust; they sign in with it at the local "
           "authorization server's login page.")
            .arg(user.username),
        password, this);
    dialog->open();
}

void UsersPage::toggleSelectedDisabled()
{
    const auto selected = selectedUser();
    if (!selected)
        return;
    User user = *selected;
    const auto apply = [this](User changed) {
        backend().updateUser(changed, this, [this, changed](Result<User> saved) {
            if (!saved) {
                reportError(tr("Could not change %1").arg(changed.username), saved.error(), true);
                return;
            }
            Q_EMIT statusMessage(saved->disabled
                    ? tr("User %1 disabled; their tokens were revoked.").arg(saved->username)
                    : tr("User %1 enabled.").arg(saved->username));
            refresh();
        });
    };
    if (user.disabled) {
        user.disabled = false;
        apply(user);
        return;
    }
    user.disabled = true;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Disable User"), tr("Disable %1?").arg(user.username),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("disableUserMessageBox"));
    box->setInformativeText(tr("They can no longer sign in, and every token of theirs is revoked now (%n token(s) "
                               "are active). Enabling them later revives no token.",
        nullptr, int(m_detailsActiveTokens)));
    box->button(QMessageBox::Yes)->setText(tr("Disable"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [apply, user](int result) {
        if (result == QMessageBox::Yes)
            apply(user);
    });
    box->open();
}

void UsersPage::resetSelectedPassword()
{
    const auto user = selectedUser();
    if (!user)
        return;
    auto* dialog = new ResetPasswordDialog(backend(), *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetPasswordDialog::passwordSet, this, [this, u = *user](const QString& generated) {
        Q_EMIT statusMessage(tr("The password of %1 was reset.").arg(u.username));
        if (!generated.isEmpty())
            showGeneratedPassword(u, generated);
    });
    dialog->open();
}

void UsersPage::unlockSelected()
{
    const auto user = selectedUser();
    if (!user)
        return;
    backend().unlockUser(user->id, this, [this, name = user->username](Status status) {
        if (!status) {
            reportError(tr("Could not unlock %1").arg(name), status.error(), true);
            return;
        }
        Q_EMIT statusMessage(tr("%1 may sign in again: failed attempts are forgotten.").arg(name));
    });
}

void UsersPage::deleteSelected()
{
    const auto selected = selectedUser();
    if (!selected)
        return;
    const User user = *selected;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete User"), tr("Delete the user %1?").arg(user.username),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteUserMessageBox"));
    box->setInformativeText(tr("Their %1 and %2 are deleted with them, so no token of theirs works any more. The "
                               "audit log keeps the history.")
                                .arg(tr("%n token(s)", nullptr, int(m_detailsTokens)),
                                    tr("%n consent(s)", nullptr, int(m_detailsConsents))));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, user](int result) {
        if (result != QMessageBox::Yes)
            return;
        backend().removeUser(user.id, this, [this, user](Status status) {
            if (!status) {
                reportError(tr("Could not delete %1").arg(user.username), status.error(), true);
                return;
            }
            Q_EMIT statusMessage(tr("User %1 deleted.").arg(user.username));
            refresh();
        });
    });
    box->open();
}

void UsersPage::loadDetails()
{
    const int generation = ++m_detailsGeneration;
    m_consents->clear();
    m_tokens->clear();
    m_detailsTokens = 0;
    m_detailsActiveTokens = 0;
    m_detailsConsents = 0;
    const auto user = selectedUser();
    if (!user) {
        m_detailsTitle->setText(tr("Select a user to see their consents and tokens."));
        m_tokenCount->clear();
        return;
    }
    m_detailsTitle->setText(user->email.isEmpty()
            ? tr("%1 (%2)").arg(user->displayName.isEmpty() ? user->username : user->displayName, user->username)
            : tr("%1 (%2, %3)")
                  .arg(user->displayName.isEmpty() ? user->username : user->displayName, user->username, user->email));
    m_tokenCount->setText(tr("Loading tokens…"));
    const auto current = [this, generation] { return generation == m_detailsGeneration; };

    ConsentFilter consents;
    consents.userId = user->id;
    backend().consents(consents, this, [this, current](Result<QList<Consent>> list) {
        if (!current())
            return;
        if (!list) {
            reportError(tr("Could not load the consents"), list.error());
            return;
        }
        m_detailsConsents = list->size();
        for (const Consent& c : *list) {
            auto* item = new QTreeWidgetItem(m_consents,
                {m_applicationNames.value(c.applicationId, c.applicationId), c.resource,
                    c.scopes.join(QLatin1Char(' ')), timeText(c.grantedAt)});
            item->setToolTip(2, c.scopes.join(QLatin1Char('\n')));
        }
        for (int column = 0; column < m_consents->columnCount(); ++column)
            m_consents->resizeColumnToContents(column);
    });

    TokenFilter tokens;
    tokens.userId = user->id;
    backend().tokenCount(tokens, this, [this, current, tokens](Result<qint64> all) {
        if (!current())
            return;
        if (!all) {
            m_tokenCount->setText(tr("Could not count the tokens: %1").arg(all.error().message));
            return;
        }
        m_detailsTokens = *all;
        TokenFilter active = tokens;
        active.state = TokenState::Active;
        backend().tokenCount(active, this, [this, current, total = *all](Result<qint64> live) {
            if (!current() || !live)
                return;
            m_detailsActiveTokens = *live;
            if (total == 0) {
                m_tokenCount->setText(tr("<b>Tokens</b>: none."));
                return;
            }
            m_tokenCount->setText(tr("<b>Tokens</b>: %1, %2 active. The most recent:")
                                      .arg(tr("%n token(s)", nullptr, int(total)), QString::number(*live)));
        });
    });
    TokenPageRequest request;
    request.limit = kRecentTokens;
    backend().tokenPage(tokens, request, this, [this, current](Result<TokenPage> page) {
        if (!current() || !page)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Token& t : page->tokens) {
            QString state;
            switch (t.stateAt(now)) {
            case TokenState::Active:
                state = tr("Active");
                break;
            case TokenState::Expired:
                state = tr("Expired");
                break;
            case TokenState::Revoked:
                state = tr("Revoked");
                break;
            }
            auto* item = new QTreeWidgetItem(m_tokens,
                {t.kind == TokenKind::Access ? tr("Access") : tr("Refresh"),
                    m_applicationNames.value(t.applicationId, t.applicationId), state, timeText(t.issuedAt),
                    timeText(t.expiresAt)});
            item->setToolTip(
                0, tr("Token ID %1, audience %2, scopes %3").arg(t.id, t.resource, t.scopes.join(QLatin1Char(' '))));
        }
        for (int column = 0; column < m_tokens->columnCount(); ++column)
            m_tokens->resizeColumnToContents(column);
    });
}

} // namespace mcpauth
