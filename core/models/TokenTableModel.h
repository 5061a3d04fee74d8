#pragma once

#include "common/Result.h"
#include "store/TokenRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mcpauth {

class Backend;

// The tokens of a backend as a lazily paged table: only the pages the view asked for are loaded, one
// keyset page at a time (canFetchMore/fetchMore), so a million tokens cost what is on screen. The row
// count of the whole filter comes from the backend's count and is reported separately (totalCount),
// because a view's row count is what it has loaded.
//
// Jumping to the end loads the last page (a keyset page in the reverse order) and the model then grows
// towards the start with fetchEarlier() while the user scrolls up.
class TokenTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTableModel)

public:
    enum Column {
        IssuedColumn,
        ExpiresColumn,
        StateColumn,
        KindColumn,
        ApplicationColumn,
        UserColumn,
        ResourceColumn,
        ScopesColumn,
        IdColumn,
        ColumnCount
    };
    enum Role { TokenIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;

    explicit TokenTableModel(Backend& backend, QObject* parent = nullptr);
    ~TokenTableModel() override;

    // Each of these starts over from the first page (and asks for the new count).
    void setFilter(const TokenFilter& filter);
    void setSort(TokenSort sort, bool descending);
    [[nodiscard]] const TokenFilter& filter() const { return m_filter; }
    [[nodiscard]] TokenSort sortKey() const { return m_sort; }
    [[nodiscard]] bool isDescending() const { return m_descending; }
    // Only the issue and expiry times are indexed, so only they sort.
    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] static TokenSort sortFor(int column);

    // Starts over from the last page; the rows above load with fetchEarlier().
    void jumpToEnd();
    [[nodiscard]] bool isAtEnd() const { return m_tailMode; }
    [[nodiscard]] bool canFetchEarlier() const;
    void fetchEarlier();

    // Reloads the rows already loaded (a change made here or elsewhere), keeping them in place when the
    // same tokens are still there, and the count.
    void refresh();

    // For names instead of ids in the Application and User columns.
    void setNames(QHash<QString, QString> applications, QHash<QString, QString> users);
    [[nodiscard]] QString applicationName(const QString& id) const;
    [[nodiscard]] QString userName(const QString& id) const;

    [[nodiscard]] const Token& token(int row) const { return m_tokens.at(row); }
    [[nodiscard]] int rowOf(const QString& tokenId) const;
    // -1 until the backend answered.
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] static QString stateText(TokenState state);
    [[nodiscard]] static QString kindText(TokenKind kind);

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    // A page arrived (or the first page of a new filter: `reset`).
    void pageLoaded(bool reset);
    void loadFailed(const mcpauth::Error& error);
    void loadingChanged(bool loading);

private:
    void startOver(bool tail);
    void requestCount();
    void beginRequest();
    void endRequest();
    [[nodiscard]] TokenCursor cursorOf(const Token& token) const;

    Backend& m_backend;
    TokenFilter m_filter;
    TokenSort m_sort = TokenSort::IssuedAt;
    bool m_descending = true;
    QList<Token> m_tokens;
    std::optional<TokenCursor> m_next; // more rows after the last loaded one
    bool m_moreBefore = false; // tail mode: rows before the first loaded one
    bool m_tailMode = false;
    bool m_fetching = false;
    quint64 m_generation = 0; // answers to an older filter or order are dropped
    qint64 m_total = -1;
    int m_pending = 0;
    QHash<QString, QString> m_applicationNames;
    QHash<QString, QString> m_userNames;
};

} // namespace mcpauth
