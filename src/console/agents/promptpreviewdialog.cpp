#include "agents/promptpreviewdialog.h"

#include "ui_promptpreviewdialog.h"

PromptPreviewDialog::PromptPreviewDialog(Agent agent, const QString &prompt, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PromptPreviewDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("The %1's prompt, as it would be sent now").arg(Agents::displayName(agent)));
    m_ui->promptView->setPlainText(prompt);
}

PromptPreviewDialog::~PromptPreviewDialog() = default;
