// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTreeView>

namespace Rapport {

// A tree view that says something when it has no rows ("No meetings yet", or why the list could
// not be read), where the rows would be, rather than showing an empty box. The text is also its
// accessible description, so a screen reader says it too. Given a text column, that column takes
// the free room (ColumnFit).
class PlaceholderTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit PlaceholderTreeView(QWidget* parent = nullptr);

    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }
    // The text shown now: the placeholder when there are no rows, else nothing.
    QString shownPlaceholder() const;
    // Call after setModel: the text column stretches, the others fit their contents.
    void setTextColumn(int column);
    int sizeHintForColumn(int column) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
    int m_textColumn = -1;
};

} // namespace Rapport
