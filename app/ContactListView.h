#pragma once

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
    void applyDefaultColumnWidths();
    // Shown in the empty viewport, e.g. when a search matches nobody.
    void setPlaceholderText(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
};

} // namespace Rapport
