// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutreachTemplates.h"

#include <QAbstractListModel>

namespace Rapport {

class TemplateStore;

// The outreach templates by name, in the list's order. Follows the store: an added, edited or
// removed template inserts, changes or removes only its own row.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit TemplateListModel(TemplateStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    OutreachTemplate templateAt(int row) const { return m_templates.value(row); }
    int rowOf(qint64 id) const;
    // Reads the list again (the store could not be read before).
    void reload();

private:
    void added(const OutreachTemplate& outreach);
    void changed(const OutreachTemplate& outreach);
    void removed(qint64 id);

    TemplateStore* m_store;
    QList<OutreachTemplate> m_templates;
};

} // namespace Rapport
