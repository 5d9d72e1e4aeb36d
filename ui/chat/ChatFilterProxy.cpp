#include "ui/chat/ChatFilterProxy.h"

#include "ui/chat/ChatListModel.h"

namespace soopchat {

namespace {
const EventPtr NullEvent;
} // namespace

ChatFilterProxy::ChatFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Chat keeps arrival order: never sort, so appends map to appends.
    setDynamicSortFilter(true);
}

void ChatFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_chatModel = qobject_cast<ChatListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ChatFilterProxy::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    refilter();
}

void ChatFilterProxy::setCategories(EventFilter::Categories categories)
{
    if (categories == m_filter.categories())
        return;
    m_filter.setCategories(categories);
    refilter();
}

void ChatFilterProxy::setCategory(EventFilter::Category category, bool shown)
{
    EventFilter::Categories categories = m_filter.categories();
    categories.setFlag(category, shown);
    setCategories(categories);
}

void ChatFilterProxy::setRoles(Roles roles)
{
    if (roles == m_roles)
        return;
    m_roles = roles;
    refilter();
}

bool ChatFilterProxy::setQuery(const QString &query, QString *error)
{
    QString unknownType;
    EventFilter filter = EventFilter::fromQuery(query, &unknownType);
    filter.setCategories(m_filter.categories());
    const bool valid = unknownType.isEmpty();
    if (error)
        *error = unknownType;
    if (filter.query() != m_filter.query()) {
        m_filter = filter;
        refilter();
    }
    return valid;
}

const EventPtr &ChatFilterProxy::eventAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return NullEvent;
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    if (m_chatModel)
        return m_chatModel->eventAt(source.row());
    return NullEvent;
}

bool ChatFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_chatModel) {
        const EventPtr &event = m_chatModel->eventAt(sourceRow);
        return event && !m_chatModel->isHidden(sourceRow) && (!m_roles || (event->roles() & m_roles)) &&
            m_filter.matches(*event);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto event = index.data(ChatListModel::EventRole).value<EventPtr>();
    return event && !index.data(ChatListModel::HiddenRole).toBool() && (!m_roles || (event->roles() & m_roles)) &&
        m_filter.matches(*event);
}

void ChatFilterProxy::refilter()
{
    // invalidate() re-maps in one pass and emits a single layoutChanged;
    // invalidateFilter() would emit a remove/insert per changed interval,
    // which on 100,000 interleaved rows costs seconds.
    invalidate();
    emit filterChanged();
}

} // namespace soopchat
