// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QTableView>

namespace Rapport {

// The contact table, set up for large lists: fixed row heights (no per-row measuring),
// whole-row selection and sorting by clicking a header.
class ContactListView : public QTableView
{
    Q_OBJECT

public:
    explicit ContactListView(QWidget* parent = nullptr);

    // Ids of the selected contacts, in view order.
    QList<qint64> selectedContactIds() const;
    qint64 currentContactId() const;
    void selectContact(qint64 id);
    // Widths that suit each column's usual content, for a first start without saved layout.
    // Until the user resizes a column, they are fitted to the width of the view: the
    // organisation and title give way, so the dates and the stage are not cut off.
    void applyDefaultColumnWidths();
    // Shown in the empty viewport, e.g. when a search matches nobody.
    void setPlaceholderText(const QString& text);
    void setModel(QAbstractItemModel* model) override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // A reset (a search keystroke that changes many rows, an import) would drop the selection:
    // it is kept by contact id instead, for the people still shown.
    void rememberSelection();
    void restoreSelection();
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    void fitDefaultWidths();

    QHash<int, int> m_defaultWidths; // column → width that suits it; empty once the user resized one
    bool m_fitting = false;
    QString m_placeholder;
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    int m_keptColumn = 0;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace Rapport
