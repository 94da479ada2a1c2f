// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MappingFieldDelegate.h"

#include "ImportMappingModel.h"
#include "ImportReviewPage.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace Rapport {

QWidget* MappingFieldDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(ImportReviewPage::tr("Field for column %1")
                                 .arg(index.siblingAtColumn(ImportMappingModel::FileColumn).data().toString()));
    const QVariantList choices = index.data(ImportMappingModel::ChoicesRole).toList();
    for (const QVariant& field : choices)
        combo->addItem(CsvContactMapping::fieldName(ContactField(field.toInt())), field);
    // Committed at once: the preview follows the mapping, with no editor to close first.
    auto* self = const_cast<MappingFieldDelegate*>(this);
    connect(combo, &QComboBox::currentIndexChanged, self, [self, combo] { emit self->commitData(combo); });
    return combo;
}

void MappingFieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    const QSignalBlocker quiet(combo); // the model's own value: nothing to commit
    combo->setCurrentIndex(combo->findData(index.data(ImportMappingModel::FieldRole)));
}

void MappingFieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, qobject_cast<QComboBox*>(editor)->currentData(), ImportMappingModel::FieldRole);
}

} // namespace Rapport
