/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A time series measured by a run: one metric of one object.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.ResultSeries#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.orrery.model.ResultSeries#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.orrery.model.ResultSeries#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.orrery.model.ResultSeries#getTimes <em>Times</em>}</li>
 *   <li>{@link org.orrery.model.ResultSeries#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getResultSeries()
 * @model
 * @generated
 */
public interface ResultSeries extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured, for example cpu.utilization or migration.downtime.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.orrery.model.OrreryPackage#getResultSeries_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.orrery.model.ResultSeries#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.orrery.model.OrreryPackage#getResultSeries_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.orrery.model.ResultSeries#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object measured, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(NamedElement)
	 * @see org.orrery.model.OrreryPackage#getResultSeries_Subject()
	 * @model
	 * @generated
	 */
	NamedElement getSubject();

	/**
	 * Sets the value of the '{@link org.orrery.model.ResultSeries#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(NamedElement value);

	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sample times in seconds, non-decreasing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times</em>' attribute list.
	 * @see org.orrery.model.OrreryPackage#getResultSeries_Times()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getTimes();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sample values, one per time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.orrery.model.OrreryPackage#getResultSeries_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getValues();

} // ResultSeries
