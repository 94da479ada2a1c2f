// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCompleter>

class QAbstractItemModel;

namespace Rapport {

// Completes names as the contact search finds them: blind to case and accents, the letters
// Unicode cannot strip an accent from included ("luk" offers Łukasz, "sore" Sørensen), and
// anywhere in the name. The popup and the text it puts in the field are the names as written.
class FoldedNameCompleter : public QCompleter
{
    Q_OBJECT

public:
    // names: a list model of names (a QStringListModel, or a combo box's model).
    FoldedNameCompleter(QAbstractItemModel* names, QObject* parent);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace Rapport
