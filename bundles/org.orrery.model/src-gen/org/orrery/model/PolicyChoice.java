/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Choice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The mechanism chosen for one role (migration algorithm, placement, scheduler, elasticity controller, propagation method, adaptation) and its parameters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.PolicyChoice#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.PolicyChoice#getImplementation <em>Implementation</em>}</li>
 *   <li>{@link org.orrery.model.PolicyChoice#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getPolicyChoice()
 * @model
 * @generated
 */
public interface PolicyChoice extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"migration"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.PolicyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role of the mechanism. Default migration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.PolicyKind
	 * @see #setKind(PolicyKind)
	 * @see org.orrery.model.OrreryPackage#getPolicyChoice_Kind()
	 * @model default="migration"
	 * @generated
	 */
	PolicyKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.PolicyChoice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.PolicyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PolicyKind value);

	/**
	 * Returns the value of the '<em><b>Implementation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the implementation, for example precopy-qemu, first-fit-decreasing, sbco, cos, scp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implementation</em>' attribute.
	 * @see #setImplementation(String)
	 * @see org.orrery.model.OrreryPackage#getPolicyChoice_Implementation()
	 * @model
	 * @generated
	 */
	String getImplementation();

	/**
	 * Sets the value of the '{@link org.orrery.model.PolicyChoice#getImplementation <em>Implementation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implementation</em>' attribute.
	 * @see #getImplementation()
	 * @generated
	 */
	void setImplementation(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters of the mechanism; those not given take their documented defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getPolicyChoice_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

} // PolicyChoice
