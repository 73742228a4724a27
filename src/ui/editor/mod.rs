//! Editing the journey: touchpoint rows, their details, phases, the scale and the memory model.

pub mod add_touchpoint_form;
pub mod bank_setting;
pub mod failure_demand_offer;
pub mod lane_value_field;
pub mod memory_model_setting;
pub mod phase_editor;
pub mod promise_list;
pub mod row_window;
pub mod scale_setting;
pub mod settings_panel;
pub mod touchpoint_details;
pub mod touchpoint_lanes;
pub mod touchpoint_list;
pub mod touchpoint_row;
