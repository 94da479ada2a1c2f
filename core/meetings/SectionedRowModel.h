// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Rapport {

// The rows of a meetings view, grouped in sections (Upcoming and Past, Overdue and Due today…),
// or flat when there is a single unnamed section. Subclasses read their rows afresh from the
// store and hand them to sync(), which tells the view only what differs: the rows that came,
// went, moved or changed, and the section lines whose counts changed. So a store change redraws
// the rows it touched, and the selection and scroll position stay where they were.
//
// Row needs a qint64 `key` unique within its section, and operator==.
template <typename Row>
class SectionedRowModel : public QAbstractItemModel
{
public:
    struct Section {
        int id = 0; // stable, and in the order the sections are shown
        QList<Row> rows;
    };

    explicit SectionedRowModel(bool flat, int columns, QObject* parent = nullptr)
        : QAbstractItemModel(parent)
        , m_flat(flat)
        , m_columns(columns)
    {
        if (flat)
            m_sections.append(Section {});
    }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        if (!parent.isValid())
            return createIndex(row, column, m_flat ? quintptr(1) : quintptr(0));
        return createIndex(row, column, quintptr(m_sections.at(parent.row()).id) + 1);
    }

    QModelIndex parent(const QModelIndex& child) const override
    {
        if (m_flat || !child.isValid() || child.internalId() == 0)
            return {};
        const int position = sectionPosition(int(child.internalId()) - 1);
        return position < 0 ? QModelIndex() : createIndex(position, 0, quintptr(0));
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        if (!parent.isValid())
            return int(m_flat ? m_sections.first().rows.size() : m_sections.size());
        if (m_flat || parent.internalId() != 0 || parent.column() != 0)
            return 0;
        return int(m_sections.at(parent.row()).rows.size());
    }

    int columnCount(const QModelIndex& = {}) const override { return m_columns; }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        if (isSection(index)) {
            const Section& s = m_sections.at(index.row());
            return sectionData(s.id, int(s.rows.size()), index.column(), role);
        }
        return rowData(*row(index), index.column(), role);
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return isSection(index) ? Qt::ItemIsEnabled : rowFlags(*row(index), index.column());
    }

    bool isSection(const QModelIndex& index) const { return index.isValid() && !m_flat && index.internalId() == 0; }
    // The row behind an index, or null for a section line.
    const Row* row(const QModelIndex& index) const
    {
        if (!index.isValid() || isSection(index))
            return nullptr;
        const int position = m_flat ? 0 : sectionPosition(int(index.internalId()) - 1);
        return position < 0 ? nullptr : &m_sections.at(position).rows.at(index.row());
    }
    // The index of the row with this key, in the section with this id (0 when flat).
    QModelIndex indexOf(qint64 key, int sectionId = 0) const
    {
        const int position = m_flat ? 0 : sectionPosition(sectionId);
        if (position < 0)
            return {};
        const QList<Row>& rows = m_sections.at(position).rows;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).key == key)
                return index(int(i), 0, m_flat ? QModelIndex() : index(position, 0));
        }
        return {};
    }
    QModelIndex sectionIndex(int sectionId) const
    {
        const int position = m_flat ? -1 : sectionPosition(sectionId);
        return position < 0 ? QModelIndex() : index(position, 0);
    }
    int totalRows() const
    {
        int count = 0;
        for (const Section& s : m_sections)
            count += int(s.rows.size());
        return count;
    }

protected:
    virtual QVariant rowData(const Row& row, int column, int role) const = 0;
    virtual QVariant sectionData(int /*id*/, int /*count*/, int /*column*/, int /*role*/) const { return {}; }
    virtual Qt::ItemFlags rowFlags(const Row&, int) const { return Qt::ItemIsEnabled | Qt::ItemIsSelectable; }

    // A batch change (an import, a restore, another network): the view starts over.
    void resetTo(QList<Section> sections)
    {
        beginResetModel();
        m_sections = std::move(sections);
        if (m_flat && m_sections.isEmpty())
            m_sections.append(Section {});
        endResetModel();
    }
    void resetFlat(QList<Row> rows) { resetTo({Section {0, std::move(rows)}}); }
    void syncFlat(const QList<Row>& rows) { syncRows(m_sections.first(), rows, {}); }

    // Sections are given in their display order; an empty one that should not show is left out.
    void sync(const QList<Section>& fresh)
    {
        Q_ASSERT(!m_flat);
        QHash<int, qsizetype> wanted;
        for (qsizetype i = 0; i < fresh.size(); ++i)
            wanted.insert(fresh.at(i).id, i);
        for (int i = int(m_sections.size()) - 1; i >= 0; --i) {
            if (!wanted.contains(m_sections.at(i).id)) {
                beginRemoveRows({}, i, i);
                m_sections.removeAt(i);
                endRemoveRows();
            }
        }
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const Section& f = fresh.at(i);
            if (i < m_sections.size() && m_sections.at(i).id == f.id) {
                const qsizetype before = m_sections.at(i).rows.size();
                syncRows(m_sections[i], f.rows, index(int(i), 0));
                if (before != m_sections.at(i).rows.size()) // its title counts them
                    emit dataChanged(index(int(i), 0), index(int(i), m_columns - 1));
            } else { // sections keep their order, so a missing one is new
                beginInsertRows({}, int(i), int(i));
                m_sections.insert(i, f);
                endInsertRows();
            }
        }
    }

private:
    int sectionPosition(int id) const
    {
        for (qsizetype i = 0; i < m_sections.size(); ++i) {
            if (m_sections.at(i).id == id)
                return int(i);
        }
        return -1;
    }

    // Rows gone are removed, rows new are inserted, rows that moved are moved and rows that
    // differ are changed: one signal per row touched, none for the others.
    void syncRows(Section& section, const QList<Row>& fresh, const QModelIndex& parent)
    {
        QList<Row>& rows = section.rows;
        QHash<qint64, qsizetype> wanted;
        for (qsizetype i = 0; i < fresh.size(); ++i)
            wanted.insert(fresh.at(i).key, i);
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (!wanted.contains(rows.at(i).key)) {
                beginRemoveRows(parent, i, i);
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const Row& f = fresh.at(i);
            qsizetype at = -1;
            for (qsizetype j = i; j < rows.size(); ++j) {
                if (rows.at(j).key == f.key) {
                    at = j;
                    break;
                }
            }
            if (at < 0) {
                beginInsertRows(parent, int(i), int(i));
                rows.insert(i, f);
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows(parent, int(at), int(at), parent, int(i));
                rows.move(at, i);
                endMoveRows();
            }
            if (!(rows.at(i) == f)) {
                rows[i] = f;
                emit dataChanged(index(int(i), 0, parent), index(int(i), m_columns - 1, parent));
            }
        }
    }

    bool m_flat;
    int m_columns;
    QList<Section> m_sections;
};

} // namespace Rapport
