#pragma once

#include <QSortFilterProxyModel>

#include "core/events/EventFilter.h"

namespace soopchat {

class ChatListModel;

// The rows of a ChatListModel that an EventFilter lets through, in the same
// order. New rows are filtered as they arrive (QSortFilterProxyModel maps
// only the inserted range); a filter change re-filters everything once.
class ChatFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChatFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    ChatListModel *chatModel() const { return m_chatModel; }

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);

    EventFilter::Categories categories() const { return m_filter.categories(); }
    void setCategories(EventFilter::Categories categories);
    void setCategory(EventFilter::Category category, bool shown);

    // Only events from senders with any of these roles; none: everyone.
    Roles roles() const { return m_roles; }
    void setRoles(Roles roles);

    // Parses and applies a search query (EventFilter syntax). Returns false
    // and sets *error (the unknown type name) when the query is invalid; the
    // list then shows nothing, as EventFilter defines.
    bool setQuery(const QString &query, QString *error = nullptr);
    QString query() const { return m_filter.query(); }

    // The event of a proxy row without a QVariant round trip.
    const EventPtr &eventAt(int proxyRow) const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    ChatListModel *m_chatModel = nullptr;
    EventFilter m_filter;
    Roles m_roles;
};

} // namespace soopchat
