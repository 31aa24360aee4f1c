#include "charts/chart_panel.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/dcbuffer.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/graphics.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/tglbtn.h>

#include "charts/wx_chart_canvas.h"
#include "charts/chart_render.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

ChartPanel::ChartPanel(wxWindow* parent, ChartKind kind, wxWindowID id) : wxPanel(parent, id), m_kind(kind) {
  auto* tools = new wxBoxSizer(wxHORIZONTAL);
  tools->AddStretchSpacer();
  auto add_button = [&](int command, const wxString& label, const wxString& tip) {
    auto* button = new wxButton(this, command, label, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    button->SetToolTip(tip);
    tools->Add(button, 0, wxLEFT, FromDIP(4));
  };
  add_button(kCopyImage, _("Copy as image"), _("Copy the chart to the clipboard as a picture"));
  add_button(kSavePng, _("Save as PNG…"), _("Save the chart as a PNG picture"));
  add_button(kSaveSvg, _("Save as SVG…"), _("Save the chart as an SVG drawing, for print and editing"));
  m_presentation_button = new wxToggleButton(this, kPresentation, _("Presentation mode"), wxDefaultPosition,
                                             wxDefaultSize, wxBU_EXACTFIT);
  m_presentation_button->SetToolTip(_("Larger text and lines, for slides"));
  tools->Add(m_presentation_button, 0, wxLEFT, FromDIP(4));

  m_view = new wxWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(400, 300)), wxFULL_REPAINT_ON_RESIZE);
  // Everything is painted by on_paint; no erase in between (no flicker).
  m_view->SetBackgroundStyle(wxBG_STYLE_PAINT);
  m_view->SetMinSize(FromDIP(wxSize(kMinWidth, kMinHeight)));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(tools, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  sizer->Add(m_view, 1, wxEXPAND);
  SetSizer(sizer);

  m_view->Bind(wxEVT_PAINT, &ChartPanel::on_paint, this);
  m_view->Bind(wxEVT_CONTEXT_MENU, &ChartPanel::on_context_menu, this);
  Bind(wxEVT_BUTTON, &ChartPanel::on_copy, this, kCopyImage);
  Bind(wxEVT_BUTTON, &ChartPanel::on_save_png, this, kSavePng);
  Bind(wxEVT_BUTTON, &ChartPanel::on_save_svg, this, kSaveSvg);
  Bind(wxEVT_TOGGLEBUTTON, &ChartPanel::on_presentation, this, kPresentation);
  Bind(wxEVT_MENU, &ChartPanel::on_copy, this, kCopyImage);
  Bind(wxEVT_MENU, &ChartPanel::on_save_png, this, kSavePng);
  Bind(wxEVT_MENU, &ChartPanel::on_save_svg, this, kSaveSvg);
  Bind(wxEVT_MENU, &ChartPanel::on_presentation, this, kPresentation);
}

void ChartPanel::set_chart(ChartData data, ChartKind kind) {
  m_data = std::move(data);
  m_kind = kind;
  m_view->Refresh();
}

void ChartPanel::set_data(ChartData data) { set_chart(std::move(data), m_kind); }
void ChartPanel::set_kind(ChartKind kind) { set_chart(m_data, kind); }

void ChartPanel::set_presentation(bool on) {
  m_presentation = on;
  m_presentation_button->SetValue(on);
  m_view->Refresh();
}

ChartStyle ChartPanel::style() const {
  return m_presentation ? ChartStyle::for_presentation() : ChartStyle::standard();
}

wxBitmap ChartPanel::render_bitmap(wxSize size, double scale) const {
  return render_chart_bitmap(m_data, m_kind, style(), size, scale);
}

bool ChartPanel::save_png(const wxString& path, wxSize size, double scale) const {
  return save_chart_png(path, m_data, m_kind, style(), size, scale);
}

bool ChartPanel::save_svg(const wxString& path, wxSize size) const {
  return save_chart_svg(path, m_data, m_kind, style(), size);
}

wxSize ChartPanel::chart_size() const {
  const wxSize size = m_view->ToDIP(m_view->GetClientSize());
  return wxSize(std::max(size.x, 1), std::max(size.y, 1));
}

bool ChartPanel::copy_to_clipboard() const {
  const wxBitmap bitmap = render_bitmap(export_size(), kExportScale);
  if (!bitmap.IsOk()) return false;
  wxClipboardLocker lock;
  if (!lock) return false;
  return wxTheClipboard->SetData(new wxBitmapDataObject(bitmap));
}

void ChartPanel::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(m_view);
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::CreateFromUnknownDC(dc));
  if (!gc) return;
  // Draw in device-independent pixels: the factor is 1 where the platform
  // already scales logical coordinates (GTK, macOS), the DPI factor on MSW.
  const double dip = m_view->FromDIP(1000) / 1000.0;
  gc->Scale(dip, dip);
  const wxSize size = chart_size();
  paint_chart(*gc, wxRect2DDouble(0, 0, size.x, size.y), m_data, m_kind, style());
}

void ChartPanel::on_context_menu(wxContextMenuEvent&) {
  wxMenu menu;
  menu.Append(kCopyImage, _("Copy as image"));
  menu.Append(kSavePng, _("Save as PNG…"));
  menu.Append(kSaveSvg, _("Save as SVG…"));
  menu.AppendSeparator();
  menu.AppendCheckItem(kPresentation, _("Presentation mode"))->Check(m_presentation);
  PopupMenu(&menu);
}

void ChartPanel::on_copy(wxCommandEvent&) {
  if (!copy_to_clipboard()) wxMessageBox(_("The chart could not be copied."), _("Copy as image"), wxICON_ERROR, this);
}

wxString ChartPanel::ask_path(const wxString& title, const wxString& wildcard, const wxString& extension) {
  wxString name = to_wx(m_data.title);
  // File names without the characters that file systems refuse.
  for (const wxUniChar c : wxFileName::GetForbiddenChars()) name.Replace(wxString(c), "-");
  if (name.empty()) name = _("chart");
  wxFileDialog dialog(this, title, wxEmptyString, name + "." + extension, wildcard,
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return {};
  wxFileName path(dialog.GetPath());
  if (path.GetExt().empty()) path.SetExt(extension);
  return path.GetFullPath();
}

void ChartPanel::on_save_png(wxCommandEvent&) {
  const wxString path = ask_path(_("Save chart as PNG"), _("PNG pictures (*.png)|*.png"), "png");
  if (path.empty()) return;
  if (!save_png(path, export_size(), kExportScale))
    wxMessageBox(wxString::Format(_("Could not save %s."), path), _("Save as PNG…"), wxICON_ERROR, this);
}

void ChartPanel::on_save_svg(wxCommandEvent&) {
  const wxString path = ask_path(_("Save chart as SVG"), _("SVG drawings (*.svg)|*.svg"), "svg");
  if (path.empty()) return;
  if (!save_svg(path, export_size()))
    wxMessageBox(wxString::Format(_("Could not save %s."), path), _("Save as SVG…"), wxICON_ERROR, this);
}

void ChartPanel::on_presentation(wxCommandEvent& event) {
  // The menu's check item reports the new state; the button its own.
  set_presentation(event.GetEventType() == wxEVT_MENU ? !m_presentation : m_presentation_button->GetValue());
}

}  // namespace readiness::gui
