// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pgpilot {

// One page of the setup wizard. The wizard enables Next only while isComplete() is true.
class WizardPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual bool isComplete() const = 0;
    // While busy (a phase runs), the wizard keeps the admin on this page.
    virtual bool isBusy() const { return false; }
    // Called each time the page is shown.
    virtual void activated() { }

Q_SIGNALS:
    void completeChanged();
};

} // namespace pgpilot
