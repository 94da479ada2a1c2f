// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportPreviewModel.h"

#include "PresetLabels.h"

#include <QLocale>

#include <algorithm>

namespace Rapport {

namespace {

QString joinValues(const QList<LabeledValue>& values)
{
    QStringList parts;
    for (const auto& v : values)
        parts.append(
            v.label.isEmpty() ? v.value : QStringLiteral("%1 (%2)").arg(v.value, PresetLabels::shown(v.label)));
    return parts.join(QStringLiteral("; "));
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::text(const ImportRowOutcome& outcome, int column) const
{
    const Contact& c = outcome.contact;
    switch (column) {
    case Outcome:
        return ImportOutcomeText::describe(outcome);
    case FirstName:
        return c.firstName;
    case LastName:
        return c.lastName;
    case Organization:
        return c.organization;
    case Title:
        return c.title;
    case Emails:
        return joinValues(c.emails);
    case Phones:
        return joinValues(c.phones);
    case Tags:
        return c.tags.join(QStringLiteral(", "));
    case ConnectedOn:
        return c.connectedOn.isValid() ? QLocale().toString(c.connectedOn, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRowOutcome& outcome = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // a long sentence, or a long list of e-mails, is cut off in its cell
        return text(outcome, index.column());
    case KindRole:
        return int(outcome.kind);
    case LineRole:
        return outcome.line;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).line) : QVariant();
    switch (section) {
    case Outcome:
        return tr("What will happen");
    case FirstName:
        return tr("Given name");
    case LastName:
        return tr("Family name");
    case Organization:
        return tr("Organisation");
    case Title:
        return tr("Title");
    case Emails:
        return tr("E-mails");
    case Phones:
        return tr("Phones");
    case Tags:
        return tr("Tags");
    case ConnectedOn:
        return tr("Connected on");
    default:
        return {};
    }
}

void ImportPreviewModel::setOutcomes(const QList<ImportRowOutcome>& outcomes)
{
    const bool sameRows = outcomes.size() == m_rows.size()
        && std::equal(outcomes.cbegin(), outcomes.cend(), m_rows.cbegin(),
            [](const ImportRowOutcome& a, const ImportRowOutcome& b) { return a.line == b.line; });
    if (sameRows) {
        m_rows = outcomes;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = outcomes;
    endResetModel();
}

} // namespace Rapport
