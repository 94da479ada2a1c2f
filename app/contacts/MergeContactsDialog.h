// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "ContactMerge.h"

#include <QDialog>
#include <QHash>

class QRadioButton;

namespace Rapport {

// Shows two contacts side by side before they become one. Where both have a value and the values
// differ, a pair of radio buttons picks the one that stays (the default is what the user typed, or
// else the older contact's); a value only one of them has stays and is shown, not asked.
class MergeContactsDialog : public QDialog
{
    Q_OBJECT

public:
    // kept and other are the plan's two contacts, as the store reads them.
    MergeContactsDialog(const MergePlan& plan, const Contact& kept, const Contact& other, QWidget* parent = nullptr);

    MergeChoices choices() const;

private:
    static QString fieldLabel(const QString& key);
    static QString valueText(const QString& key, const QVariant& value);

    MergePlan m_plan;
    QHash<QString, QRadioButton*> m_otherButtons; // per asked field: checked = the other's value
};

} // namespace Rapport
