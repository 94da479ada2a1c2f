// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Stage.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace Rapport {

// The row above the contact list: search-as-you-type, a stage filter and a tag filter.
class ContactFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ContactFilterBar(QWidget* parent = nullptr);

    void setTags(const QStringList& tags); // keeps the chosen tag when it still exists
    void focusSearch();
    void clearFilters();
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void searchChanged(const QString& text);
    void stageChanged(std::optional<Rapport::Stage> stage);
    void tagChanged(const QString& tag);
    // Down in the search box: the user goes on to the first match.
    void firstMatchWanted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_tag;
};

} // namespace Rapport
