// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QWidget>

class QVBoxLayout;
class QPushButton;

namespace Rapport {

// Edits a list of labelled values (e-mails or phones): one row per value, each with a
// label, the value and a remove button (for a row with a value), and an "Add" button below.
class LabeledValuesEditor : public QWidget
{
    Q_OBJECT

public:
    LabeledValuesEditor(
        const QStringList& labels, const QString& addText, const QString& placeholder, QWidget* parent = nullptr);

    void setValues(const QList<LabeledValue>& values);
    QList<LabeledValue> values() const; // rows with an empty value are left out

signals:
    // The user finished changing a value, changed a label or removed a row.
    void edited();

private:
    QWidget* addRow(const LabeledValue& value);
    void removeRow(QWidget* row);
    // Takes a row away without telling: its value was blank, so nothing changed.
    void dropRow(QWidget* row);

    QStringList m_labels;
    QString m_placeholder;
    QVBoxLayout* m_rows;
    QPushButton* m_addButton;
};

} // namespace Rapport
