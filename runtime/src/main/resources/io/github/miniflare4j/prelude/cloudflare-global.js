// workerd's Cloudflare global (built by global-scope.js on its first read): an object of the
// class Cloudflare (no global, illegal constructor) whose own, read-only compatibilityFlags is a
// frozen null-prototype object of every compatibility flag workerd knows, true when the worker's
// date or flags enable it, in workerd's order; experimental flags only with the "experimental"
// flag (recorded with the oracle against workerd 1.20260426.1).

// @exports createCloudflare

// One line per flag, in workerd's order: enable flag, enable date ("*" on every date, empty when
// only the flag enables it), disable flag, "experimental", and the flags that imply it from a date
// ("a+b@date": enabled when a or b is, on and after date).
const FLAGS = `
formdata_parser_supports_files,2021-11-03,formdata_parser_converts_files_to_strings
fetch_refuses_unknown_protocols,2021-11-10,fetch_treats_unknown_protocols_as_http
html_rewriter_treats_esi_include_as_void_tag
durable_object_fetch_requires_full_url,2021-11-10,durable_object_fetch_allows_relative_url
streams_byob_reader_detaches_buffer,2021-11-10,streams_byob_reader_does_not_detach_buffer
streams_enable_constructors,2022-11-30,streams_disable_constructors
workers_api_getters_setters_on_prototype,2022-01-31,workers_api_getters_setters_on_instance
minimal_subrequests,2022-04-05,no_minimal_subrequests
no_cots_on_external_fetch,2022-03-08,cots_on_external_fetch
url_standard,2022-10-31,url_original
global_navigator,2022-03-21,no_global_navigator
capture_async_api_throws,2022-10-31,do_not_capture_async_api_throws
r2_public_beta_bindings,*,r2_internal_beta_bindings
durable_object_alarms
dont_substitute_null_on_type_error,2022-06-01,substitute_null_on_type_error
transformstream_enable_standard_constructor,2022-11-30,transformstream_disable_standard_constructor
r2_list_honor_include,2022-08-04
export_commonjs_default,2022-10-31,export_commonjs_namespace
durable_object_rename,,,experimental
web_socket_compression,2023-08-15,no_web_socket_compression
nodejs_compat,,no_nodejs_compat
tcp_sockets_support
response_redirect_url_standard,2023-03-14,response_redirect_url_original
experimental,,,experimental
durable_object_get_existing,,,experimental
http_headers_getsetcookie,2023-03-01,no_http_headers_getsetcookie
dynamic_dispatch_tunnel_exceptions,2023-03-01,dynamic_dispatch_treat_exceptions_as_500
service_binding_extra_handlers,,,experimental
no_cf_botmanagement_default,2023-08-01,cf_botmanagement_default
urlsearchparams_delete_has_value_arg,2023-07-01,no_urlsearchparams_delete_has_value_arg
strict_compression_checks,2023-08-01,no_strict_compression_checks
brotli_content_encoding,2024-04-29,no_brotli_content_encoding
strict_crypto_checks,2023-08-01,no_strict_crypto_checks
rtti_api,,,experimental
webgpu,,,experimental
crypto_preserve_public_exponent,2023-12-01,no_crypto_preserve_public_exponent
vectorize_query_metadata_optional,2023-11-08,vectorize_query_original
unsafe_module,,,experimental
js_rpc,,,experimental
no_global_importscripts,2024-03-04,global_importscripts
nodejs_als,,no_nodejs_als
queues_json_messages,2024-03-18,no_queues_json_messages
python_workers,,,,python_workers_development@2000-01-01
fetcher_no_get_put_delete,2024-03-26,fetcher_has_get_put_delete
unwrap_custom_thenables,2024-04-01,no_unwrap_custom_thenables
rpc,2024-04-03,no_rpc
internal_stream_byob_return_view,2024-05-13,internal_stream_byob_return_undefined
blob_standard_mime_type,2024-06-03,blob_legacy_mime_type
fetch_standard_url,2024-06-03,fetch_legacy_url
nodejs_compat_v2,,no_nodejs_compat_v2,,nodejs_compat@2024-09-23
global_fetch_strictly_public,,global_fetch_private_origin
new_module_registry,,legacy_module_registry,experimental
cache_option_enabled,2024-11-11,cache_option_disabled
kv_direct_binding,,,experimental
allow_custom_ports,2024-09-02,ignore_custom_ports
increase_websocket_message_size,,,experimental
internal_writable_stream_abort_clears_queue,2024-09-02,internal_writable_stream_abort_does_not_clear_queue
python_workers_development,,,experimental
nodejs_zlib,,no_nodejs_zlib,,nodejs_compat+nodejs_compat_v2@2024-09-23
replica_routing,,,experimental
enable_d1_with_sessions_api,,,experimental
handle_cross_request_promise_resolution,2024-10-14,no_handle_cross_request_promise_resolution
set_tostring_tag,2024-09-26,do_not_set_tostring_tag
upper_case_all_http_methods,2024-10-14,no_upper_case_all_http_methods
python_external_packages
disable_top_level_await_in_require,2024-12-02,enable_top_level_await_in_require
fixup-transform-stream-backpressure,2024-12-16,original-transform-stream-backpressure
tail_worker_user_spans,,,experimental
cache_no_cache_enabled,,cache_no_cache_disabled,,cache_option_enabled@2025-08-07
python_workers_20250116,,no_python_workers_20250116,,python_workers@2025-09-29
request_cf_overrides_cache_rules,2025-04-02,no_request_cf_overrides_cache_rules
memory_cache_delete,,,experimental
unique_ctx_per_invocation,2025-03-10
queue_consumer_no_wait_for_wait_until,,queue_consumer_wait_for_wait_until
nodejs_compat_populate_process_env,,nodejs_compat_do_not_populate_process_env,,nodejs_compat@2025-04-01
cache_api_request_cf_overrides_cache_rules,2025-05-19,no_cache_api_request_cf_overrides_cache_rules
disallow_importable_env,,allow_importable_env
assets_navigation_prefers_asset_serving,2025-04-01,assets_navigation_has_no_effect
cache_api_compat_flags,2025-04-19,no_cache_api_compat_flags
python_workers_durable_objects,,,experimental
streaming_tail_worker,,,experimental
urlpattern_standard,2025-05-01,urlpattern_original
enable_weak_ref,2025-05-05,disable_weak_ref
request_signal_passthrough,,no_request_signal_passthrough
enable_navigator_language,2025-05-19,disable_navigator_language
enable_web_file_system,,,experimental
enable_abortsignal_rpc,,,experimental
allow_eval_during_startup,2025-06-01,disallow_eval_during_startup
enable_request_signal,,disable_request_signal
connect_pass_through,,,experimental
nonclass_entrypoint_reuses_ctx_across_invocations
bind_asynclocalstorage_snapshot_to_request,2025-06-16,do_not_bind_asynclocalstorage_snapshot_to-request
throw_on_unrecognized_import_assertion,2025-06-16,ignore_unrecognized_import_assertion
python_workflows,,disable_python_workflows,,python_workers@2025-09-20
unsupported_process_actual_platform,,,experimental
enable_nodejs_process_v2,,disable_nodejs_process_v2,,nodejs_compat@2025-09-15
set_event_target_this,2025-08-01,no_set_event_target_this
set_forwardable_email_full_headers,2025-08-01,set_forwardable_email_single_headers
enable_nodejs_http_modules,,disable_nodejs_http_modules,,nodejs_compat@2025-08-15
pedantic_wpt,,non_pedantic_wpt
expose_global_message_channel,2025-08-15,no_expose_global_message_channel
enable_nodejs_http_server_modules,,disable_nodejs_http_server_modules,,enable_nodejs_http_modules@2025-09-01
python_no_global_handlers,2025-08-14,disable_python_no_global_handlers
enable_nodejs_fs_module,,disable_nodejs_fs_module,,nodejs_compat@2025-09-15
enable_nodejs_os_module,,disable_nodejs_os_module,,nodejs_compat@2025-09-15
python_workers_force_new_vendor_path,2025-08-11
remove_nodejs_compat_eol,,add_nodejs_compat_eol,,nodejs_compat@2025-09-01
enable_validate_workflow_entrypoint,2025-09-20,disable_validate_workflow_entrypoint
python_dedicated_snapshot,,disable_python_dedicated_snapshot,,python_workers_20250116@2025-10-16
typescript_strip_types,,,experimental
enable_nodejs_http2_module,,disable_nodejs_http2_module,,nodejs_compat@2025-09-01
allow_insecure_inefficient_logged_eval,,,experimental
strip_authorization_on_cross_origin_redirect,2025-09-01,retain_authorization_on_cross_origin_redirect
enhanced_error_serialization,2026-04-21,legacy_error_serialization
enable_email_sending_queuing,,disable_email_sending_queuing
remove_nodejs_compat_eol_v22,,add_nodejs_compat_eol_v22,,remove_nodejs_compat_eol@2027-04-30
remove_nodejs_compat_eol_v23,,add_nodejs_compat_eol_v23,,remove_nodejs_compat_eol_v24@2025-09-01
remove_nodejs_compat_eol_v24,,add_nodejs_compat_eol_v24,,remove_nodejs_compat_eol@2028-04-30
enable_nodejs_console_module,,disable_nodejs_console_module,,nodejs_compat@2025-09-21
enable_nodejs_vm_module,,disable_nodejs_vm_module,,nodejs_compat@2025-10-01
enable_nodejs_perf_hooks_module,,disable_nodejs_perf_hooks_module,,nodejs_compat@2026-03-17
enable_global_performance_classes,,disable_global_performance_classes,,nodejs_compat@2026-03-17
enable_nodejs_domain_module,,disable_nodejs_domain_module,,nodejs_compat@2025-12-04
enable_nodejs_v8_module,,disable_nodejs_v8_module,,nodejs_compat@2026-03-17
enable_nodejs_tty_module,,disable_nodejs_tty_module,,nodejs_compat@2026-03-17
enable_nodejs_punycode_module,,disable_nodejs_punycode_module,,nodejs_compat@2025-12-04
enable_nodejs_cluster_module,,disable_nodejs_cluster_module,,nodejs_compat@2025-12-04
enable_nodejs_child_process_module,,disable_nodejs_child_process_module,,nodejs_compat@2026-03-17
enable_nodejs_worker_threads_module,,disable_nodejs_worker_threads_module,,nodejs_compat@2026-03-17
enable_nodejs_stream_wrap_module,,disable_nodejs_stream_wrap_module,,nodejs_compat@2026-01-29
enable_nodejs_wasi_module,,disable_nodejs_wasi_module,,nodejs_compat@2025-12-04
enable_nodejs_dgram_module,,disable_nodejs_dgram_module,,nodejs_compat@2026-01-29
enable_nodejs_inspector_module,,disable_nodejs_inspector_module,,nodejs_compat@2026-01-29
enable_nodejs_trace_events_module,,disable_nodejs_trace_events_module,,nodejs_compat@2025-12-04
enable_nodejs_readline_module,,disable_nodejs_readline_module,,nodejs_compat@2026-03-17
enable_nodejs_repl_module,,disable_nodejs_repl_module,,nodejs_compat@2026-03-17
enable_nodejs_sqlite_module,,disable_nodejs_sqlite_module,,nodejs_compat@2026-01-29
enable_ctx_exports,2025-11-17,disable_ctx_exports
enable_python_external_sdk,2026-04-21,disable_python_external_sdk
enable_fast_jsg_struct,2025-12-03,disable_fast_jsg_struct
cache_reload_enabled,,cache_reload_disabled,experimental
enable_streams_nodejs_v24_compat,,disable_streams_nodejs_v24_compat
python_check_rng_state,,disable_python_check_rng_state,,python_workers@2025-12-16
immutable_api_prototypes,,mutable_api_prototypes
fetch_iterable_type_support,2026-02-19,no_fetch_iterable_type_support
env_module_nullable_support,,no_env_module_nullable_support
precise_timers,,no_precise_timers,experimental
fetch_iterable_type_support_override_adjustment,,no_fetch_iterable_type_support_override_adjustment,,fetch_iterable_type_support@2026-01-15
strip_bom_in_read_all_text,2026-01-13,do_not_strip_bom_in_read_all_text,,pedantic_wpt@2026-01-13
allow_irrevocable_stub_storage,,,experimental
rpc_params_dup_stubs,2026-01-20,rpc_params_transfer_stubs
enable_nodejs_global_timers,,no_nodejs_global_timers,,nodejs_compat@2026-02-10
streams_no_default_auto_allocate_chunk_size,,streams_auto_allocate_chunk_size_default,experimental
python_workflows_implicit_dependencies,,no_python_workflows_implicit_dependencies,,python_workers@2026-02-25
require_returns_default_export,2026-01-22,require_returns_namespace
python_request_headers_preserve_commas,2026-02-17,disable_python_request_headers_preserve_commas
queue_expose_error_codes,2026-03-12,no_queue_expose_error_codes
text_decoder_replace_surrogates,2026-02-24,disable_text_decoder_replace_surrogates,,pedantic_wpt@2026-02-24
containers_pid_namespace,2026-04-01,no_containers_pid_namespace
delete_all_deletes_alarm,2026-02-24,delete_all_preserves_alarm
unhandled_rejection_after_microtask_checkpoint,2026-03-03,no_unhandled_rejection_after_microtask_checkpoint
text_decoder_cjk_decoder,2026-03-03,disable_text_decoder_cjk_decoder
websocket_close_reason_byte_limit,2026-03-03,no_websocket_close_reason_byte_limit
enable_version_api,,,experimental
websocket_standard_binary_type,2026-03-17,no_websocket_standard_binary_type
writable_stream_spec_compliant_writer,2026-03-24,no_writable_stream_spec_compliant_writer
encoder_stream_spec_compliant_backpressure,2026-03-24,no_encoder_stream_spec_compliant_backpressure
spec_compliant_property_attributes,,no_spec_compliant_property_attributes,experimental
workflows_preserve_non_retryable_error_message,2026-05-14,workflows_replace_non_retryable_error_message
web_socket_auto_reply_to_close,2026-04-07,web_socket_manual_reply_to_close
enable_ctx_version_metadata,,,experimental
no_resizable_array_buffer_in_blob,,resizable_array_buffer_in_blob
diagnostics_channel_has_subscribers_getter,2026-05-19,no_diagnostics_channel_has_subscribers_getter
`;

/** The flags of a worker with compatibility date `date` and compatibility flags `given` (a Set). */
function compatibilityFlags(date, given) {
  const values = new Map();
  const experimental = [];
  const implied = [];
  for (const line of FLAGS.trim().split("\n")) {
    const [name, enableDate = "", disable = "", marks = "", impliedBy = ""] = line.split(",");
    const disabled = disable !== "" && given.has(disable);
    const byDate = enableDate === "*" || (enableDate !== "" && date >= enableDate);
    values.set(name, given.has(name) || (byDate && !disabled));
    if (marks === "experimental") experimental.push(name);
    if (impliedBy === "" || disabled) continue;
    for (const rule of impliedBy.split(" ")) {
      const [names, from] = rule.split("@");
      if (date >= from) for (const other of names.split("+")) implied.push([name, other]);
    }
  }
  // one pass in workerd's order, as workerd resolves them
  for (const [name, other] of implied) if (values.get(other)) values.set(name, true);
  if (!values.get("experimental")) for (const name of experimental) values.delete(name);
  const flags = Object.create(null);
  for (const [name, value] of values) flags[name] = value;
  return Object.freeze(flags);
}

const kCloudflare = Symbol("Cloudflare");
class Cloudflare {
  constructor(key, flags) {
    if (key !== kCloudflare) throw new TypeError("Illegal constructor");
    Object.defineProperty(this, "compatibilityFlags", { value: flags, writable: false, enumerable: true, configurable: true });
  }
}

/** The Cloudflare global of a worker with these compatibility settings. */
function createCloudflare(date, flags) {
  const values = compatibilityFlags(date, flags);
  // workerd tags its API classes from set_tostring_tag on (recorded)
  if (values.set_tostring_tag && !Object.prototype.hasOwnProperty.call(Cloudflare.prototype, Symbol.toStringTag)) {
    Object.defineProperty(Cloudflare.prototype, Symbol.toStringTag, { value: "Cloudflare", configurable: true });
  }
  return new Cloudflare(kCloudflare, values);
}
