#include "TokenTableModel.h"

#include "backend/Backend.h"

#include <QDateTime>
#include <QLocale>

namespace mcpauth {

namespace {

QString shortTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

TokenTableModel::TokenTableModel(Backend& backend, QObject* parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{ }

TokenTableModel::~TokenTableModel() = default;

void TokenTableModel::setFilter(const TokenFilter& filter)
{
    m_filter = filter;
    startOver(false);
}

void TokenTableModel::setSort(TokenSort sort, bool descending)
{
    m_sort = sort;
    m_descending = descending;
    startOver(false);
}

bool TokenTableModel::isSortable(int column)
{
    return column == IssuedColumn || column == ExpiresColumn;
}

TokenSort TokenTableModel::sortFor(int column)
{
    return column == ExpiresColumn ? TokenSort::ExpiresAt : TokenSort::IssuedAt;
}

void TokenTableModel::jumpToEnd()
{
    startOver(true);
}

TokenCursor TokenTableModel::cursorOf(const Token& token) const
{
    return TokenCursor{m_sort == TokenSort::IssuedAt ? token.issuedAt : token.expiresAt, token.id};
}

void TokenTableModel::beginRequest()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
}

void TokenTableModel::endRequest()
{
    if (--m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void TokenTableModel::startOver(bool tail)
{
    ++m_generation;
    beginResetModel();
    m_tokens.clear();
    m_next.reset();
    m_moreBefore = false;
    m_tailMode = tail;
    m_fetching = true;
    endResetModel();

    TokenPageRequest request;
    request.sort = m_sort;
    request.descending = m_descending;
    request.limit = kPageSize;
    request.last = tail;
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.tokenPage(m_filter, request, this, [this, generation, tail](Result<TokenPage> page) {
        endRequest();
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!page) {
            Q_EMIT loadFailed(page.error());
            return;
        }
        beginResetModel();
        m_tokens = std::move(page->tokens);
        m_next = page->next;
        // The last page says nothing about what precedes it: a full page may have rows before it.
        m_moreBefore = tail && m_tokens.size() >= kPageSize;
        endResetModel();
        Q_EMIT pageLoaded(true);
    });
    requestCount();
}

void TokenTableModel::requestCount()
{
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.tokenCount(m_filter, this, [this, generation](Result<qint64> count) {
        endRequest();
        if (generation != m_generation)
            return;
        if (!count) {
            Q_EMIT loadFailed(count.error());
            return;
        }
        m_total = *count;
        Q_EMIT totalCountChanged(m_total);
    });
}

bool TokenTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_next.has_value();
}

void TokenTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    TokenPageRequest request;
    request.sort = m_sort;
    request.descending = m_descending;
    request.limit = kPageSize;
    request.after = m_next;
    m_fetching = true;
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.tokenPage(m_filter, request, this, [this, generation](Result<TokenPage> page) {
        endRequest();
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!page) {
            m_next.reset(); // no endless retries from the view; a refresh starts over
            Q_EMIT loadFailed(page.error());
            return;
        }
        m_next = page->next;
        if (!page->tokens.isEmpty()) {
            const int first = static_cast<int>(m_tokens.size());
            beginInsertRows({}, first, first + static_cast<int>(page->tokens.size()) - 1);
            m_tokens.append(page->tokens);
            endInsertRows();
        }
        Q_EMIT pageLoaded(false);
    });
}

bool TokenTableModel::canFetchEarlier() const
{
    return m_tailMode && m_moreBefore && !m_fetching && !m_tokens.isEmpty();
}

void TokenTableModel::fetchEarlier()
{
    if (!canFetchEarlier())
        return;
    // The rows before the first loaded one are the rows after it in the reverse order.
    TokenPageRequest request;
    request.sort = m_sort;
    request.descending = !m_descending;
    request.limit = kPageSize;
    request.after = cursorOf(m_tokens.first());
    m_fetching = true;
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.tokenPage(m_filter, request, this, [this, generation](Result<TokenPage> page) {
        endRequest();
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!page) {
            m_moreBefore = false;
            Q_EMIT loadFailed(page.error());
            return;
        }
        m_moreBefore = page->next.has_value();
        QList<Token> earlier = std::move(page->tokens);
        if (!earlier.isEmpty()) {
            std::reverse(earlier.begin(), earlier.end());
            beginInsertRows({}, 0, static_cast<int>(earlier.size()) - 1);
            earlier.append(std::move(m_tokens));
            m_tokens = std::move(earlier);
            endInsertRows();
        }
        Q_EMIT pageLoaded(false);
    });
}

void TokenTableModel::refresh()
{
    requestCount();
    if (m_fetching)
        return; // the page on its way is fresh anyway
    if (m_tokens.isEmpty() || m_tailMode) {
        startOver(m_tailMode);
        return;
    }
    // The loaded rows again, in one request (bounded by the repository's page limit), so the view keeps
    // its scroll position and selection when only states changed.
    TokenPageRequest request;
    request.sort = m_sort;
    request.descending = m_descending;
    request.limit = static_cast<int>(qMin<qsizetype>(m_tokens.size(), 10000));
    m_fetching = true;
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.tokenPage(m_filter, request, this, [this, generation](Result<TokenPage> page) {
        endRequest();
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!page) {
            Q_EMIT loadFailed(page.error());
            return;
        }
        bool sameRows = page->tokens.size() == m_tokens.size();
        for (qsizetype i = 0; sameRows && i < m_tokens.size(); ++i)
            sameRows = page->tokens.at(i).id == m_tokens.at(i).id;
        if (sameRows) {
            m_tokens = std::move(page->tokens);
            if (!m_tokens.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_tokens.size()) - 1, ColumnCount - 1));
        } else {
            beginResetModel();
            m_tokens = std::move(page->tokens);
            endResetModel();
        }
        m_next = page->next;
        Q_EMIT pageLoaded(!sameRows);
    });
}

void TokenTableModel::setNames(QHash<QString, QString> applications, QHash<QString, QString> users)
{
    m_applicationNames = std::move(applications);
    m_userNames = std::move(users);
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, ApplicationColumn), index(static_cast<int>(m_tokens.size()) - 1, UserColumn));
}

QString TokenTableModel::applicationName(const QString& id) const
{
    return m_applicationNames.value(id, id);
}

QString TokenTableModel::userName(const QString& id) const
{
    return m_userNames.value(id, id);
}

int TokenTableModel::rowOf(const QString& tokenId) const
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i).id == tokenId)
            return static_cast<int>(i);
    }
    return -1;
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::stateText(TokenState state)
{
    switch (state) {
    case TokenState::Active:
        return tr("Active");
    case TokenState::Expired:
        return tr("Expired");
    case TokenState::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString TokenTableModel::kindText(TokenKind kind)
{
    return kind == TokenKind::Refresh ? tr("Refresh") : tr("Access");
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tokens.size())
        return {};
    const Token& t = m_tokens.at(index.row());
    if (role == TokenIdRole)
        return t.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == ScopesColumn)
            return t.scopes.join(QLatin1Char(' '));
        if (index.column() == ApplicationColumn || index.column() == UserColumn)
            return index.column() == ApplicationColumn ? t.applicationId : t.userId;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IssuedColumn:
        return shortTime(t.issuedAt);
    case ExpiresColumn:
        return shortTime(t.expiresAt);
    case StateColumn:
        return stateText(t.stateAt(QDateTime::currentMSecsSinceEpoch()));
    case KindColumn:
        return kindText(t.kind);
    case ApplicationColumn:
        return applicationName(t.applicationId);
    case UserColumn:
        return t.userId.isEmpty() ? tr("(the application itself)") : userName(t.userId);
    case ResourceColumn:
        return t.resource;
    case ScopesColumn:
        return t.scopes.join(QLatin1Char(' '));
    case IdColumn:
        return t.id;
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        return isSortable(section) ? tr("Click to sort") : tr("Only the issue and expiry times can be sorted");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IssuedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case ApplicationColumn:
        return tr("Application");
    case UserColumn:
        return tr("User");
    case ResourceColumn:
        return tr("Resource");
    case ScopesColumn:
        return tr("Scopes");
    case IdColumn:
        return tr("Token ID (jti)");
    default:
        return {};
    }
}

} // namespace mcpauth
