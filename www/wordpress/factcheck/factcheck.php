<?php
/**
 * Plugin Name:       Fact-check
 * Description:       Highlights the figures in a post as you write it and checks them against a reference set, in the browser: a sidebar in the block editor, a meta box beside the classic editor.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       factcheck
 *
 * The widget (widget/, pkg/) is the project's built dist/; editor.js attaches it to the editor
 * the post is written in. Nothing here reads or writes the post: the widget only reads the
 * editor, and the post saves as the author wrote it.
 */

defined( 'ABSPATH' ) || exit;

/** The settings: the reference set's URL (empty: the bundled set) and the publisher's name. */
function factcheck_settings() {
	return array(
		'referenceUrl' => (string) get_option( 'factcheck_reference_url', '' ),
		'publisher'    => (string) get_option( 'factcheck_publisher', get_bloginfo( 'name' ) ),
		'widgetUrl'    => plugins_url( 'widget/index.js', __FILE__ ),
	);
}

add_action(
	'admin_init',
	function () {
		register_setting( 'factcheck', 'factcheck_reference_url', array( 'type' => 'string', 'sanitize_callback' => 'esc_url_raw', 'default' => '' ) );
		register_setting( 'factcheck', 'factcheck_publisher', array( 'type' => 'string', 'sanitize_callback' => 'sanitize_text_field', 'default' => '' ) );
		add_settings_section( 'factcheck_main', '', '__return_false', 'factcheck' );
		$field = function ( $name, $type ) {
			return function () use ( $name, $type ) {
				printf( '<input type="%1$s" id="%2$s" name="%2$s" value="%3$s" class="regular-text">', esc_attr( $type ), esc_attr( $name ), esc_attr( get_option( $name, '' ) ) );
			};
		};
		add_settings_field( 'factcheck_reference_url', __( 'Reference set URL', 'factcheck' ), $field( 'factcheck_reference_url', 'url' ), 'factcheck', 'factcheck_main', array( 'label_for' => 'factcheck_reference_url' ) );
		add_settings_field( 'factcheck_publisher', __( 'Publisher name', 'factcheck' ), $field( 'factcheck_publisher', 'text' ), 'factcheck', 'factcheck_main', array( 'label_for' => 'factcheck_publisher' ) );
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Fact-check', 'factcheck' ),
			__( 'Fact-check', 'factcheck' ),
			'manage_options',
			'factcheck',
			function () {
				echo '<div class="wrap"><h1>' . esc_html__( 'Fact-check', 'factcheck' ) . '</h1><form method="post" action="options.php">';
				settings_fields( 'factcheck' );
				do_settings_sections( 'factcheck' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);

/** The block editor: a PluginSidebar that holds the findings panel. */
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( 'factcheck-editor', plugins_url( 'editor.js', __FILE__ ), array( 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-data' ), '0.1.0', true );
		wp_add_inline_script( 'factcheck-editor', 'window.factcheckSettings = ' . wp_json_encode( factcheck_settings() ) . ';', 'before' );
	}
);

/** The classic editor (TinyMCE): a meta box that holds the findings panel. */
add_action(
	'add_meta_boxes',
	function ( $post_type, $post ) {
		if ( function_exists( 'use_block_editor_for_post' ) && use_block_editor_for_post( $post ) ) {
			return;
		}
		add_meta_box(
			'factcheck',
			__( 'Fact-check', 'factcheck' ),
			function () {
				echo '<div id="factcheck-classic"></div>';
			},
			null,
			'side'
		);
		wp_enqueue_script( 'factcheck-editor', plugins_url( 'editor.js', __FILE__ ), array(), '0.1.0', true );
		wp_add_inline_script( 'factcheck-editor', 'window.factcheckSettings = ' . wp_json_encode( factcheck_settings() ) . ';', 'before' );
	},
	10,
	2
);
