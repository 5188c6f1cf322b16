#include "actionlog/actionlogmodel.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "common/untilloaded.h"
#include "services/actionlogservice.h"
#include "services/enginesession.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

ActionLogModel::ActionLogModel(ConsoleSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{}

int ActionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Agent:
        return tr("Agent");
    case Status:
        return tr("Outcome");
    case Tool:
        return tr("Tool");
    case Person:
        return tr("About");
    case Detail:
        return tr("Detail");
    }
    return {};
}

QVariant ActionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ActionLog::Entry &e = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return e.id;
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e.reason.isEmpty() ? e.reasoning : e.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.createdAt.toTimeZone(m_zone), u"yyyy-MM-dd HH:mm:ss"_s);
    case Agent:
        return Agents::displayName(e.agent);
    case Status:
        return e.status;
    case Tool:
        return e.toolName.isEmpty() ? tr("(no tool)") : e.toolName;
    case Person:
        return e.targetName;
    case Detail:
        return (e.reason.isEmpty() ? e.reasoning : e.reason).simplified().left(200);
    }
    return {};
}

bool ActionLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void ActionLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchNextPage();
}

QCoro::Task<void> ActionLogModel::setFilter(ActionLog::Filter filter)
{
    ++m_generation;
    beginResetModel();
    m_filter = std::move(filter);
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    endResetModel();
    QPointer<ActionLogModel> self(this);
    QCoro::Task<void> fetching = fetchNextPage();
    co_await fetching;
    // A newer filter may have come while this one loaded (the page's first choices arriving, a second click).
    QCoro::Task<void> settling = untilLoaded(self);
    co_await settling;
}

QCoro::Task<void> ActionLogModel::fetchNextPage()
{
    if (m_loading || m_atEnd)
        co_return;
    m_loading = true;
    const quint64 generation = m_generation;
    ActionLog::Filter filter = m_filter;
    filter.limit = kPageSize;
    if (!m_rows.isEmpty()) {
        filter.afterCursor = m_rows.back().cursor;
        filter.afterId = m_rows.back().id;
    }
    PageTask work(this, [this, generation](const QString &sentence) {
        if (generation != m_generation)
            return; // a newer filter's problem, if any, is its own
        m_atEnd = true;
        Q_EMIT problem(sentence);
    });
    QCoro::Task<std::optional<QList<ActionLog::Entry>>> reading = work.run(m_session.engine().actionLog().page(filter));
    const std::optional<QList<ActionLog::Entry>> page = co_await reading;
    if (!work.pageAlive() || generation != m_generation)
        co_return;
    if (page) {
        if (!page->isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
            m_rows << *page;
            endInsertRows();
        }
        m_atEnd = page->size() < kPageSize;
    }
    m_loading = false;
    Q_EMIT loaded();
}

QCoro::Task<int> ActionLogModel::refreshNewer()
{
    if (m_rows.isEmpty()) {
        if (m_loading)
            co_return 0;
        m_atEnd = false;
        QPointer<ActionLogModel> self(this);
        QCoro::Task<void> fetching = fetchNextPage();
        co_await fetching;
        co_return self ? int(m_rows.size()) : 0;
    }
    const quint64 generation = m_generation;
    ActionLog::Filter filter = m_filter;
    filter.newerThanCursor = m_rows.front().cursor;
    filter.newerThanId = m_rows.front().id;
    filter.limit = 1000;
    PageTask work(this, [this](const QString &sentence) { Q_EMIT problem(sentence); });
    QCoro::Task<std::optional<QList<ActionLog::Entry>>> reading = work.run(m_session.engine().actionLog().page(filter));
    const std::optional<QList<ActionLog::Entry>> newer = co_await reading; // oldest first
    if (!newer || generation != m_generation || newer->isEmpty())
        co_return 0;
    beginInsertRows({}, 0, int(newer->size() - 1));
    for (const ActionLog::Entry &e : *newer)
        m_rows.prepend(e);
    endInsertRows();
    co_return int(newer->size());
}
