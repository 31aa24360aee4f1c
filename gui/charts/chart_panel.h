#pragma once
// One chart in a window: a row of small buttons (copy as image, save as
// PNG or SVG, presentation mode) over the chart itself, with the same
// commands on its context menu. Paints double-buffered through a
// wxGraphicsContext, in device-independent pixels, so it is crisp on HiDPI.
#include <wx/bitmap.h>
#include <wx/panel.h>

#include "charts/app_charts.h"

class wxToggleButton;

namespace readiness::gui {

class ChartPanel : public wxPanel {
 public:
  explicit ChartPanel(wxWindow* parent, ChartKind kind = ChartKind::Bars, wxWindowID id = wxID_ANY);

  void set_chart(ChartData data, ChartKind kind);
  void set_data(ChartData data);
  void set_kind(ChartKind kind);
  const ChartData& data() const { return m_data; }
  ChartKind kind() const { return m_kind; }

  // Larger type and lines for slides; affects the window and every export.
  void set_presentation(bool on);
  bool presentation() const { return m_presentation; }
  ChartStyle style() const;

  // Never lower than this (device-independent pixels): below it the stage
  // grid and the labels no longer read. Pages scroll rather than squeeze.
  static constexpr int kMinHeight = 260;
  static constexpr int kMinWidth = 240;
  // Copied and saved pictures: this size (device-independent pixels) at
  // kExportScale, whatever the window's size, so a slide gets the same
  // picture from a laptop and from a large screen.
  static wxSize export_size() { return wxSize(1200, 700); }
  static constexpr double kExportScale = 2.0;

  // size in device-independent pixels; the image is size × scale pixels.
  wxBitmap render_bitmap(wxSize size, double scale) const;
  bool save_png(const wxString& path, wxSize size, double scale) const;
  bool save_svg(const wxString& path, wxSize size) const;
  // The chart at export_size() × kExportScale.
  bool copy_to_clipboard() const;
  // The size the chart has on screen, in device-independent pixels.
  wxSize chart_size() const;
  wxWindow* chart_window() const { return m_view; }

  enum Command { kCopyImage = wxID_HIGHEST + 700, kSavePng, kSaveSvg, kPresentation };

 private:
  void on_paint(wxPaintEvent& event);
  void on_context_menu(wxContextMenuEvent& event);
  void on_copy(wxCommandEvent& event);
  void on_save_png(wxCommandEvent& event);
  void on_save_svg(wxCommandEvent& event);
  void on_presentation(wxCommandEvent& event);
  wxString ask_path(const wxString& title, const wxString& wildcard, const wxString& extension);

  ChartData m_data;
  ChartKind m_kind;
  bool m_presentation = false;
  wxWindow* m_view = nullptr;
  wxToggleButton* m_presentation_button = nullptr;
};

}  // namespace readiness::gui
