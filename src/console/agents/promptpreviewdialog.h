#pragma once

#include "core/agent.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PromptPreviewDialog;
}

// The full prompt an agent would be sent now (system text, then the user message), read-only
// (ui/promptpreviewdialog.ui).
class PromptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PromptPreviewDialog(Agent agent, const QString &prompt, QWidget *parent = nullptr);
    ~PromptPreviewDialog() override;

private:
    std::unique_ptr<Ui::PromptPreviewDialog> m_ui;
};
